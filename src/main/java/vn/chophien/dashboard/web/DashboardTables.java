package vn.chophien.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;

import vn.chophien.dashboard.DashboardSection;
import vn.chophien.dashboard.DashboardTable;
import vn.chophien.dashboard.DashboardTable.Column;
import vn.chophien.dashboard.ProvinceDashboard;

/** The dashboard's tables, as the page shows them and the CSV export writes them, each by its key. */
@ApplicationScoped
public class DashboardTables {

    public static final List<String> KEYS = List.of("weeks", "channels", "communes", "products", "post-offices",
            "certificates");

    private final DashboardMsg vietnamese;
    private final DashboardMsg english;

    DashboardTables(DashboardMsg vietnamese, @Localized("en") DashboardMsg english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    DashboardMsg msg(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : vietnamese;
    }

    /** Every table, the sections' after the sales'. */
    public List<DashboardTable> all(ProvinceDashboard d, Locale locale) {
        DashboardMsg m = msg(locale);
        List<DashboardTable> tables = new ArrayList<>();
        tables.add(new DashboardTable("weeks", m.by_week(),
                List.of(new Column("week", m.col_week()), new Column("orders", m.orders()),
                        new Column("kg", m.col_kg()), new Column("revenue_vnd", m.col_revenue())),
                d.byWeek().stream().map(w -> List.<Object>of(w.week(), w.orders(), w.kg(), w.revenueVnd())).toList()));
        tables.add(new DashboardTable("channels", m.by_channel(),
                List.of(new Column("channel", m.col_channel()), new Column("orders", m.orders()),
                        new Column("kg", m.col_kg()), new Column("revenue_vnd", m.col_revenue())),
                d.byChannel().stream()
                        .map(c -> List.<Object>of(m.channel(c.channel()), c.orders(), c.kg(), c.revenueVnd()))
                        .toList()));
        tables.add(
                new DashboardTable(
                        "communes", m.by_commune(), List
                                .of(new Column("commune_code", m.col_commune_code()),
                                        new Column("commune", m.col_commune()), new Column("orders", m.orders()),
                                        new Column("delivered", m.delivered()), new Column("kg",
                                                m.col_kg()),
                                        new Column("revenue_vnd", m.col_revenue())),
                        d.byCommune().stream().map(c -> List.<Object>of(c.communeCode(), c.communeName(), c.orders(),
                                c.delivered(), c.kg(), c.revenueVnd())).toList()));
        tables.add(new DashboardTable("products", m.by_product(),
                List.of(new Column("product_id", m.col_product_id()), new Column("product", m.col_product()),
                        new Column("seller", m.col_seller()), new Column("orders", m.orders()),
                        new Column("units", m.col_units()), new Column("kg", m.col_kg()),
                        new Column("revenue_vnd", m.col_revenue())),
                d.byProduct().stream().map(p -> List.<Object>of(p.productId(), p.name(), p.sellerName(), p.orders(),
                        p.units(), p.kg(), p.revenueVnd())).toList()));
        tables.add(new DashboardTable("post-offices", m.post_offices(),
                List.of(new Column("office_code", m.col_office_code()), new Column("office", m.col_office()),
                        new Column("carrier", m.col_carrier()), new Column("orders", m.orders()),
                        new Column("delivered", m.delivered()), new Column("returned", m.returned()),
                        new Column("cod_owed_vnd", m.col_cod_owed())),
                d.postOffices().stream().map(o -> List.<Object>of(o.code(), o.name(), o.carrier(), o.orders(),
                        o.delivered(), o.returned(), o.codOwedVnd())).toList()));
        tables.add(new DashboardTable("certificates", m.expiring(),
                List.of(new Column("certificate", m.col_certificate()), new Column("stars", m.col_stars()),
                        new Column("expires_on", m.col_expires()), new Column("seller", m.col_seller()),
                        new Column("products", m.products())),
                d.expiringCertificates().stream()
                        .map(c -> List.<Object>of(c.number(), c.stars(), c.expiresOn(), c.sellerName(), c.products()))
                        .toList()));
        for (DashboardSection.Section section : d.sections()) {
            tables.addAll(section.tables());
        }
        return tables;
    }

    public Optional<DashboardTable> byKey(ProvinceDashboard d, Locale locale, String key) {
        return all(d, locale).stream().filter(t -> t.key().equals(key)).findFirst();
    }
}
