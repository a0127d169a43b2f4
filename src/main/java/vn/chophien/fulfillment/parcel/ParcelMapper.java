package vn.chophien.fulfillment.parcel;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chophien.account.AccountService;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.SellerContact;
import vn.chophien.order.PostalParcel;

/** Turns the order feature's parcels and the office's own records into what staff see, and into a round's stops. */
@ApplicationScoped
public class ParcelMapper {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final CatalogService catalog;
    private final AccountService accounts;

    ParcelMapper(CatalogService catalog, AccountService accounts) {
        this.catalog = catalog;
        this.accounts = accounts;
    }

    public ParcelViews.ParcelView view(PostalParcel p, Function<Collection<Long>, Map<Long, Parcel>> records) {
        return views(List.of(p), records).get(0);
    }

    public ParcelViews.ParcelView view(PostalParcel p, Map<Long, Parcel> records) {
        return views(List.of(p), ids -> records).get(0);
    }

    public List<ParcelViews.ParcelView> views(List<PostalParcel> parcels,
            Function<Collection<Long>, Map<Long, Parcel>> records) {
        Map<Long, Parcel> recorded = records.apply(parcels.stream().map(PostalParcel::id).toList());
        Map<Long, ParcelViews.SellerView> sellers = sellers(parcels.stream().map(PostalParcel::sellerId).toList());
        return parcels.stream().map(p -> view(p, recorded.get(p.id()), sellers.get(p.sellerId()))).toList();
    }

    /** Parcels grouped by commune, then by seller, both by name as Vietnamese readers order them; oldest first within. */
    public List<ParcelViews.CommuneStops> stops(List<ParcelViews.ParcelView> parcels) {
        Map<String, Map<Long, List<ParcelViews.ParcelView>>> grouped = new LinkedHashMap<>();
        parcels.stream()
                .sorted(Comparator.comparing((ParcelViews.ParcelView p) -> p.seller().communeName(), VIETNAMESE)
                        .thenComparing(p -> p.seller().name(), VIETNAMESE))
                .forEach(p -> grouped.computeIfAbsent(p.seller().communeCode(), c -> new LinkedHashMap<>())
                        .computeIfAbsent(p.seller().id(), s -> new ArrayList<>()).add(p));
        List<ParcelViews.CommuneStops> communes = new ArrayList<>();
        grouped.forEach((code, bySeller) -> {
            List<ParcelViews.Stop> stops = bySeller.values().stream()
                    .map(list -> new ParcelViews.Stop(list.get(0).seller(), list.size(), List.copyOf(list))).toList();
            ParcelViews.SellerView first = stops.get(0).seller();
            communes.add(new ParcelViews.CommuneStops(code, first.communeName(), first.provinceName(),
                    stops.stream().mapToInt(ParcelViews.Stop::waiting).sum(), stops));
        });
        return communes;
    }

    /** Sellers as stops; a shop without a phone of its own is reached at its owner's. */
    private Map<Long, ParcelViews.SellerView> sellers(Collection<Long> ids) {
        Map<Long, ParcelViews.SellerView> views = new LinkedHashMap<>();
        for (SellerContact c : catalog.sellerContacts(ids.stream().distinct().toList()).values()) {
            String phone = c.phone() != null
                    ? c.phone()
                    : catalog.memberAccountIds(c.id()).stream().findFirst().flatMap(accounts::phoneOf).orElse(null);
            views.put(c.id(), new ParcelViews.SellerView(c.id(), c.name(), c.address(), phone, c.communeCode(),
                    c.communeName(), c.provinceName()));
        }
        return views;
    }

    private static ParcelViews.ParcelView view(PostalParcel p, Parcel r, ParcelViews.SellerView seller) {
        return new ParcelViews.ParcelView(p.id(), p.code(), p.orderCode(), p.status(),
                r == null ? null : r.trackingCode, seller, p.shipTo(), p.declaredGrams(),
                r == null ? null : r.weighedGrams, p.shippingVnd(), r == null ? 0 : r.weightAdjustmentVnd,
                p.paymentMethod(), p.codDueVnd(), r == null ? null : r.codCollectedVnd, r != null && r.cashMismatch,
                r == null ? null : r.returnReason, r == null ? null : r.pickedUpAt, r == null ? null : r.deliveredAt,
                r == null ? null : r.statementId, p.lines(), p.timeline(), p.createdAt());
    }
}
