package vn.chophien.integrations.sendo;

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
import vn.chophien.web.Formats;
import vn.chophien.web.Languages;

/**
 * Our listings as Sendo products (ours → theirs): created with id 0, updated by Sendo's id; the description is
 * written as Sendo wants it (HTML, at least 100 characters) from what buyers need to know: the seller's words, where
 * it grows, the OCOP stars, the pack sizes. And Sendo's per-item answers back (theirs → ours).
 */
@ApplicationScoped
public class SendoListingBuilder {

    static final CategoryMap CATEGORIES = CategoryMap.load("integrations/sendo/categories.csv");

    private final PlaceService places;

    SendoListingBuilder(PlaceService places) {
        this.places = places;
    }

    public List<SendoApi.Product> request(List<ListingUpdate> updates) {
        return updates.stream().map(this::product).toList();
    }

    SendoApi.Product product(ListingUpdate update) {
        ListingExport listing = update.listing();
        boolean active = update.action() == ListingUpdate.Action.UPSERT;
        int stock = active ? listing.totalStock() : 0;
        List<SendoApi.Variant> variants = listing.packs().stream()
                .map(p -> new SendoApi.Variant(ListingUpdate.packKey(p.variantId()), p.label(), p.priceVnd(),
                        active ? p.stock() : 0))
                .toList();
        return new SendoApi.Product(sendoId(update.externalId()), update.key(), update.revision(), listing.name(),
                listing.lowestPriceVnd(), listing.packs().isEmpty() ? 0 : listing.packs().get(0).weightGrams(), stock,
                active && stock > 0, description(listing),
                CATEGORIES.of(listing.category().name()).map(c -> Long.parseLong(c.id())).orElse(null),
                update.photoUrls().isEmpty() ? null : update.photoUrls().get(0), update.photoUrls(), variants);
    }

    /** The description as Sendo shows it, in HTML, every text escaped. */
    String description(ListingExport listing) {
        StringBuilder html = new StringBuilder("<p>").append(escape(listing.description())).append("</p><ul>");
        places.province(listing.originProvinceCode()).map(Province::name)
                .ifPresent(p -> html.append("<li>Xuất xứ: ").append(escape(p)).append("</li>"));
        html.append("<li>Người bán: ").append(escape(listing.sellerName())).append("</li>");
        if (listing.ocopStars() != null) {
            html.append("<li>Sản phẩm OCOP ").append(listing.ocopStars()).append(" sao</li>");
        }
        for (ListingExport.Pack pack : listing.packs()) {
            html.append("<li>").append(escape(pack.label())).append(": ")
                    .append(Formats.vnd(pack.priceVnd(), Languages.VIETNAMESE)).append("</li>");
        }
        return html.append("</ul>").toString();
    }

    /** Sendo's answer per product, in our words; a product it did not answer for fails the call (to be retried). */
    public List<ListingResult> results(List<ListingUpdate> sent, SendoApi.ProductReply reply) {
        Map<String, SendoApi.ProductResult> bySku = new HashMap<>();
        if (reply != null && reply.result() != null) {
            reply.result().forEach(r -> bySku.put(r.sku(), r));
        }
        List<ListingResult> results = new ArrayList<>();
        for (ListingUpdate update : sent) {
            SendoApi.ProductResult result = bySku.get(update.key());
            if (result == null) {
                throw new IllegalStateException("Sendo did not answer for " + update.key());
            }
            if (!result.isSuccess()) {
                results.add(ListingResult.refused(update.productId(), result.errorMessage()));
            } else if (update.action() == ListingUpdate.Action.DELIST) {
                results.add(ListingResult.delisted(update.productId()));
            } else {
                results.add(ListingResult.synced(update.productId(), String.valueOf(result.id())));
            }
        }
        return results;
    }

    private static long sendoId(String externalId) {
        return externalId != null && externalId.matches("\\d{1,18}") ? Long.parseLong(externalId) : 0;
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
