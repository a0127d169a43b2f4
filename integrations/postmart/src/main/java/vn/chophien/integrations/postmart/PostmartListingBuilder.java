package vn.chophien.integrations.postmart;

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

/**
 * Our listings as Postmart products (ours → theirs) and its per-item answers back (theirs → ours). A sold-out listing
 * stays up with no stock; a paused one, or one its seller took off Postmart, goes INACTIVE.
 */
@ApplicationScoped
public class PostmartListingBuilder {

    static final CategoryMap CATEGORIES = CategoryMap.load("integrations/postmart/categories.csv");

    private final PlaceService places;

    PostmartListingBuilder(PlaceService places) {
        this.places = places;
    }

    public PostmartApi.UpsertRequest request(List<ListingUpdate> updates) {
        return new PostmartApi.UpsertRequest(updates.stream().map(this::product).toList());
    }

    PostmartApi.Product product(ListingUpdate update) {
        ListingExport listing = update.listing();
        boolean active = update.action() == ListingUpdate.Action.UPSERT;
        List<PostmartApi.Variant> variants = listing.packs().stream()
                .map(p -> new PostmartApi.Variant(ListingUpdate.packKey(p.variantId()), p.label(), p.priceVnd(),
                        active ? p.stock() : 0, p.weightGrams()))
                .toList();
        String origin = places.province(listing.originProvinceCode()).map(Province::name).orElse(null);
        return new PostmartApi.Product(update.key(), update.revision(), listing.name(), listing.description(),
                CATEGORIES.of(listing.category().name()).map(CategoryMap.PartnerCategory::id).orElse(null),
                listing.lowestPriceVnd(), active ? listing.totalStock() : 0,
                listing.packs().isEmpty() ? 0 : listing.packs().get(0).weightGrams(), update.photoUrls(),
                active ? "ACTIVE" : "INACTIVE", listing.ocopStars(), origin, variants);
    }

    /** Postmart's answer per item, in our words; an item it did not answer for fails the call (to be retried). */
    public List<ListingResult> results(List<ListingUpdate> sent, PostmartApi.UpsertReply reply) {
        Map<String, PostmartApi.ItemResult> bySku = new HashMap<>();
        if (reply != null && reply.result() != null) {
            reply.result().forEach(r -> bySku.put(r.merchantSku(), r));
        }
        List<ListingResult> results = new ArrayList<>();
        for (ListingUpdate update : sent) {
            PostmartApi.ItemResult item = bySku.get(update.key());
            if (item == null) {
                throw new IllegalStateException("Postmart did not answer for " + update.key());
            }
            if (!"OK".equalsIgnoreCase(item.status())) {
                results.add(ListingResult.refused(update.productId(), item.message()));
            } else if (update.action() == ListingUpdate.Action.DELIST) {
                results.add(ListingResult.delisted(update.productId()));
            } else {
                results.add(ListingResult.synced(update.productId(), item.productId()));
            }
        }
        return results;
    }
}
