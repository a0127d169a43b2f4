package vn.chophien.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import vn.chophien.account.Account;
import vn.chophien.account.AccountService;
import vn.chophien.account.Role;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.ProvinceSeller;
import vn.chophien.catalog.SellerKind;
import vn.chophien.dashboard.ProvinceDashboard.Sales;
import vn.chophien.dashboard.sales.SalesFigures;
import vn.chophien.dashboard.sales.Weeks;
import vn.chophien.fulfillment.office.PostOfficeService;
import vn.chophien.fulfillment.office.PostOfficeView;
import vn.chophien.fulfillment.remittance.RemittanceService;
import vn.chophien.ocop.CertificationService;
import vn.chophien.ocop.ExpiringCertificate;
import vn.chophien.place.Commune;
import vn.chophien.place.PlaceService;
import vn.chophien.place.Province;
import vn.chophien.web.ProblemException;

/**
 * Assembles a province's dashboard for those allowed to see it: an ADMIN any province, an OCOP officer only their
 * own. Sales come from the summaries; sellers, products, certificates and post offices from their features; other
 * features add sections ({@link DashboardSection}) and trained households ({@link TrainedHouseholds}).
 */
@ApplicationScoped
public class DashboardService {

    /** The channels every dashboard lists, in this order, even those that sold nothing. */
    public static final List<String> CHANNELS = List.of("STOREFRONT", "POSTMART", "VOSO", "SENDO");
    /** How far ahead a certificate's lapse is shown. */
    static final int EXPIRING_DAYS = 90;

    private final AccountService accounts;
    private final PlaceService places;
    private final CatalogService catalog;
    private final CertificationService certification;
    private final PostOfficeService offices;
    private final RemittanceService remittances;
    private final SalesFigures sales;
    private final Instance<DashboardSection> sections;
    private final Instance<TrainedHouseholds> training;
    private final Clock clock;

    DashboardService(AccountService accounts, PlaceService places, CatalogService catalog,
            CertificationService certification, PostOfficeService offices, RemittanceService remittances,
            SalesFigures sales, Instance<DashboardSection> sections, Instance<TrainedHouseholds> training,
            Clock clock) {
        this.accounts = accounts;
        this.places = places;
        this.catalog = catalog;
        this.certification = certification;
        this.offices = offices;
        this.remittances = remittances;
        this.sales = sales;
        this.sections = sections;
        this.training = training;
        this.clock = clock;
    }

    /** The whole weeks a dashboard covers: Monday of the first, Sunday of the last. */
    public record Period(LocalDate from, LocalDate to) {
        LocalDate lastMonday() {
            return to.minusDays(6);
        }
    }

    /** The weeks from and to touch, by default the 52 weeks up to this one; at most a year of days asked for. */
    public Period period(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(vn.chophien.web.VietnamClock.ZONE));
        LocalDate start = from != null ? from : Weeks.mondayOf(end).minusWeeks(51);
        if (end.isBefore(start)) {
            throw ProblemException.invalidField("to", "period-reversed");
        }
        if (start.plusDays(366).isBefore(end)) {
            throw ProblemException.invalidField("to", "period-too-long");
        }
        return new Period(Weeks.mondayOf(start), Weeks.mondayOf(end).plusDays(6));
    }

    /**
     * The province as the account may see it: an officer of another province is refused with a 403, not a 404,
     * because which provinces exist is public (the map is) and the officer should learn the refusal is about them.
     */
    public Province visibleProvince(long accountId, String provinceCode) {
        Account account = accounts.byId(accountId);
        boolean admin = account.roles.contains(Role.ADMIN);
        if (!admin && !(account.roles.contains(Role.OCOP_OFFICER) && provinceCode.equals(account.provinceCode))) {
            throw new ProblemException(403, "forbidden");
        }
        return places.province(provinceCode).orElseThrow(() -> new ProblemException(404, "not-found"));
    }

    /** The province an account's dashboard link opens: an officer's own, none for an ADMIN (who picks one). */
    public java.util.Optional<String> ownProvince(long accountId) {
        Account account = accounts.byId(accountId);
        return account.roles.contains(Role.OCOP_OFFICER)
                ? java.util.Optional.ofNullable(account.provinceCode)
                : java.util.Optional.empty();
    }

    public List<Province> provinces() {
        return places.provinces();
    }

    /** The dashboard, with the best {@code topProducts} products (all of them for an export). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProvinceDashboard dashboard(long accountId, String provinceCode, Period period, Locale locale,
            int topProducts) {
        Province province = visibleProvince(accountId, provinceCode);
        String code = province.code();
        List<SalesFigures.WeekRow> weeks = sales.weeks(code, period.from(), period.lastMonday());
        List<SalesFigures.ProductRow> products = sales.products(code, period.from(), period.lastMonday());
        Map<Long, ProvinceSeller> sellers = catalog.sellersOf(code).stream()
                .collect(Collectors.toMap(ProvinceSeller::id, Function.identity()));

        long orders = 0, grams = 0, revenue = 0, dOrders = 0, dGrams = 0, dVnd = 0, cancelled = 0, returned = 0;
        for (SalesFigures.WeekRow w : weeks) {
            orders += w.parcels();
            grams += w.grams();
            revenue += w.revenueVnd();
            dOrders += w.deliveredParcels();
            dGrams += w.deliveredGrams();
            dVnd += w.deliveredVnd();
            cancelled += w.cancelledParcels();
            returned += w.returnedParcels();
        }
        Map<Integer, Long> certified = certification.certifiedProductsByStars(code);
        List<ExpiringCertificate> expiring = certification.expiringIn(code, EXPIRING_DAYS);
        return new ProvinceDashboard(code, province.name(), period.from(), period.to(),
                households(code, period, sellers, products),
                new ProvinceDashboard.Products(catalog.publishedProductCount(code), certified,
                        certified.values().stream().mapToLong(Long::longValue).sum()),
                expiring.size(), orders, grams, ProvinceDashboard.kg(grams), revenue, Sales.of(dOrders, dGrams, dVnd),
                cancelled, returned, byChannel(weeks), byCommune(weeks), byProduct(products, sellers, topProducts),
                products.size(), byWeek(weeks, period), postOffices(code, weeks), expiring(expiring, sellers),
                sections(code, period, locale));
    }

    private ProvinceDashboard.Households households(String code, Period period, Map<Long, ProvinceSeller> sellers,
            List<SalesFigures.ProductRow> products) {
        java.time.Instant end = period.to().plusDays(1).atStartOfDay(vn.chophien.web.VietnamClock.ZONE).toInstant();
        Set<Long> households = sellers.values().stream()
                .filter(s -> s.kind() == SellerKind.HOUSEHOLD && s.joinedAt().isBefore(end)).map(ProvinceSeller::id)
                .collect(Collectors.toSet());
        Set<Long> selling = products.stream().map(SalesFigures.ProductRow::sellerId).collect(Collectors.toSet());
        long sellingHouseholds = selling.stream().filter(households::contains).count();
        Long trained = null;
        Long trainedSelling = null;
        if (training.isResolvable()) {
            TrainedHouseholds.Trained t = training.get().trained(code, period.to());
            trained = t.households();
            trainedSelling = t.sellerIds().stream().filter(selling::contains).count();
        }
        long sellersThen = sellers.values().stream().filter(s -> s.joinedAt().isBefore(end)).count();
        return new ProvinceDashboard.Households(households.size(), trained, trainedSelling, sellingHouseholds,
                sellersThen);
    }

    private static List<ProvinceDashboard.ChannelSales> byChannel(List<SalesFigures.WeekRow> weeks) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        CHANNELS.forEach(c -> sums.put(c, new long[3]));
        for (SalesFigures.WeekRow w : weeks) {
            long[] s = sums.computeIfAbsent(w.channel(), c -> new long[3]);
            s[0] += w.parcels();
            s[1] += w.grams();
            s[2] += w.revenueVnd();
        }
        return sums.entrySet().stream().map(e -> new ProvinceDashboard.ChannelSales(e.getKey(), e.getValue()[0],
                e.getValue()[1], ProvinceDashboard.kg(e.getValue()[1]), e.getValue()[2])).toList();
    }

    private List<ProvinceDashboard.CommuneSales> byCommune(List<SalesFigures.WeekRow> weeks) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (SalesFigures.WeekRow w : weeks) {
            long[] s = sums.computeIfAbsent(w.communeCode(), c -> new long[4]);
            s[0] += w.parcels();
            s[1] += w.grams();
            s[2] += w.revenueVnd();
            s[3] += w.deliveredParcels();
        }
        return sums.entrySet().stream()
                .map(e -> new ProvinceDashboard.CommuneSales(e.getKey(),
                        places.commune(e.getKey()).map(Commune::name).orElse(e.getKey()), e.getValue()[0],
                        e.getValue()[1], ProvinceDashboard.kg(e.getValue()[1]), e.getValue()[2], e.getValue()[3]))
                .sorted(Comparator.comparingLong(ProvinceDashboard.CommuneSales::revenueVnd).reversed()
                        .thenComparing(ProvinceDashboard.CommuneSales::communeCode))
                .toList();
    }

    private List<ProvinceDashboard.ProductSales> byProduct(List<SalesFigures.ProductRow> products,
            Map<Long, ProvinceSeller> sellers, int top) {
        List<SalesFigures.ProductRow> best = products.stream()
                .sorted(Comparator.comparingLong(SalesFigures.ProductRow::revenueVnd).reversed()
                        .thenComparingLong(SalesFigures.ProductRow::productId))
                .limit(top).toList();
        Map<Long, String> names = catalog.productNames(best.stream().map(SalesFigures.ProductRow::productId).toList());
        return best.stream()
                .map(p -> new ProvinceDashboard.ProductSales(p.productId(),
                        names.getOrDefault(p.productId(), "#" + p.productId()), p.sellerId(),
                        sellers.containsKey(p.sellerId()) ? sellers.get(p.sellerId()).name() : "#" + p.sellerId(),
                        p.parcels(), p.units(), p.grams(), ProvinceDashboard.kg(p.grams()), p.revenueVnd()))
                .toList();
    }

    /** Every week of the period, those without sales too, so the chart's gaps show. */
    private static List<ProvinceDashboard.WeekSales> byWeek(List<SalesFigures.WeekRow> weeks, Period period) {
        Map<LocalDate, long[]> sums = new LinkedHashMap<>();
        Map<LocalDate, Map<String, Long>> channels = new LinkedHashMap<>();
        for (LocalDate monday = period.from(); !monday.isAfter(period.lastMonday()); monday = monday.plusWeeks(1)) {
            sums.put(monday, new long[3]);
            Map<String, Long> none = new LinkedHashMap<>();
            CHANNELS.forEach(c -> none.put(c, 0L));
            channels.put(monday, none);
        }
        for (SalesFigures.WeekRow w : weeks) {
            long[] s = sums.get(w.week());
            s[0] += w.parcels();
            s[1] += w.grams();
            s[2] += w.revenueVnd();
            channels.get(w.week()).merge(w.channel(), w.revenueVnd(), Long::sum);
        }
        return sums.entrySet().stream().map(e -> new ProvinceDashboard.WeekSales(e.getKey(), e.getValue()[0],
                e.getValue()[1], ProvinceDashboard.kg(e.getValue()[1]), e.getValue()[2], channels.get(e.getKey())))
                .toList();
    }

    private List<ProvinceDashboard.OfficeFigures> postOffices(String code, List<SalesFigures.WeekRow> weeks) {
        Map<String, long[]> byCommune = new LinkedHashMap<>();
        for (SalesFigures.WeekRow w : weeks) {
            long[] s = byCommune.computeIfAbsent(w.communeCode(), c -> new long[3]);
            s[0] += w.parcels() + w.returnedParcels();
            s[1] += w.deliveredParcels();
            s[2] += w.returnedParcels();
        }
        List<PostOfficeView> serving = offices.all().stream()
                .filter(o -> o.communes().stream()
                        .anyMatch(c -> places.commune(c.code()).map(Commune::provinceCode).orElse("").equals(code)))
                .toList();
        Map<Long, Long> owed = remittances.codOwed(serving.stream().map(PostOfficeView::id).toList());
        List<ProvinceDashboard.OfficeFigures> figures = new ArrayList<>();
        for (PostOfficeView office : serving) {
            long[] s = new long[3];
            for (String commune : office.communeCodes()) {
                long[] c = byCommune.getOrDefault(commune, new long[3]);
                for (int i = 0; i < 3; i++) {
                    s[i] += c[i];
                }
            }
            figures.add(new ProvinceDashboard.OfficeFigures(office.id(), office.code(), office.name(),
                    office.carrier().name(), s[0], s[1], s[2], owed.getOrDefault(office.id(), 0L)));
        }
        return figures;
    }

    private List<ProvinceDashboard.Expiring> expiring(List<ExpiringCertificate> expiring,
            Map<Long, ProvinceSeller> sellers) {
        Set<Long> productIds = new HashSet<>();
        expiring.forEach(c -> productIds.addAll(c.productIds()));
        Map<Long, String> names = catalog.productNames(productIds);
        return expiring.stream().map(c -> new ProvinceDashboard.Expiring(c.id(), c.number(), c.stars(), c.expiresOn(),
                c.sellerId(), sellers.containsKey(c.sellerId()) ? sellers.get(c.sellerId()).name() : "#" + c.sellerId(),
                c.productIds().stream().map(id -> names.getOrDefault(id, "#" + id)).collect(Collectors.joining(", "))))
                .toList();
    }

    private List<DashboardSection.Section> sections(String code, Period period, Locale locale) {
        List<DashboardSection.Section> found = new ArrayList<>();
        for (DashboardSection section : sections) {
            section.of(code, period.from(), period.to(), locale).ifPresent(found::add);
        }
        return found;
    }
}
