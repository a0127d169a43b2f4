package vn.chophien.integrations.voso;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chophien.catalog.ListingExport;
import vn.chophien.integrations.common.CategoryMap;
import vn.chophien.place.PlaceService;
import vn.chophien.place.Province;
import vn.chophien.syndication.listing.ListingResult;
import vn.chophien.syndication.listing.ListingUpdate;

/** Our listings as Voso listings (ours → theirs), and its per-listing results back (theirs → ours). */
@ApplicationScoped
public class VosoListingBuilder {

    static final CategoryMap CATEGORIES = CategoryMap.load("integrations/voso/categories.csv");

    private final PlaceService places;

    VosoListingBuilder(PlaceService places) {
        this.places = places;
    }

    public VosoApi.ListingBatch request(List<ListingUpdate> updates) {
        return new VosoApi.ListingBatch(updates.stream().map(this::listing).toList());
    }

    VosoApi.Listing listing(ListingUpdate update) {
        ListingExport listing = update.listing();
        boolean active = update.action() == ListingUpdate.Action.UPSERT;
        return new VosoApi.Listing(update.key(), update.revision(), listing.name(), listing.description(),
                CATEGORIES.of(listing.category().name()).map(CategoryMap.PartnerCategory::id).orElse(null),
                places.province(listing.originProvinceCode()).map(Province::name).orElse(null), listing.ocopStars(),
                update.photoUrls(), active,
                listing.packs().stream().map(p -> new VosoApi.Pack(ListingUpdate.packKey(p.variantId()), p.label(),
                        p.priceVnd(), active ? p.stock() : 0, p.weightGrams())).toList());
    }

    /** Voso's result per listing, in our words; a listing it did not answer for fails the call (to be retried). */
    public List<ListingResult> results(List<ListingUpdate> sent, VosoApi.BatchResult reply) {
        Map<String, VosoApi.ListingResult> byKey = new HashMap<>();
        if (reply != null && reply.results() != null) {
            reply.results().forEach(r -> byKey.put(r.listingKey(), r));
        }
        List<ListingResult> results = new ArrayList<>();
        for (ListingUpdate update : sent) {
            VosoApi.ListingResult result = byKey.get(update.key());
            if (result == null) {
                throw new IllegalStateException("Voso did not answer for " + update.key());
            }
            if (!result.accepted()) {
                results.add(ListingResult.refused(update.productId(),
                        result.error() == null ? null : result.error().message()));
            } else if (update.action() == ListingUpdate.Action.DELIST) {
                results.add(ListingResult.delisted(update.productId()));
            } else {
                results.add(ListingResult.synced(update.productId(), result.vosoId()));
            }
        }
        return results;
    }
}
