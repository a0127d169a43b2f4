package vn.chophien.figures;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.chophien.campaign.CampaignService;
import vn.chophien.campaign.CampaignViews;
import vn.chophien.catalog.CatalogService;
import vn.chophien.fulfillment.remittance.Remittance;
import vn.chophien.fulfillment.remittance.SellerRemittances;
import vn.chophien.order.SalesFigures;
import vn.chophien.web.ProblemException;
import vn.chophien.web.VietnamClock;

/**
 * A seller's own figures: what they sold week by week on each channel (Vietnam's weeks, Monday to Sunday), what the
 * post offices still owe them for cash on delivery, and where they stand in each campaign they take part in.
 */
@ApplicationScoped
public class SellerFigures {

    /** The channels every seller sells on, in the order the tables show them; others follow when they appear. */
    static final List<String> CHANNELS = List.of("STOREFRONT", "POSTMART", "VOSO", "SENDO");

    /** One channel's sales over a period. */
    public record Cell(String channel, int parcels, long grams, long goodsVnd) {
    }

    /** A week, from its Monday, with one cell per channel and the week's total. */
    public record Week(LocalDate from, List<Cell> channels, Cell total) {
    }

    /** The whole page: weeks newest first, each channel's totals over them, money owed, campaign standings. */
    public record Figures(long sellerId, List<Week> weeks, List<Cell> byChannel, Cell total, long owedVnd,
            int unsettledParcels, long unsettledVnd, List<CampaignViews.Standing> campaigns) {
    }

    private final CatalogService catalog;
    private final SalesFigures sales;
    private final SellerRemittances remittances;
    private final CampaignService campaigns;
    private final Clock clock;

    SellerFigures(CatalogService catalog, SalesFigures sales, SellerRemittances remittances, CampaignService campaigns,
            Clock clock) {
        this.catalog = catalog;
        this.sales = sales;
        this.remittances = remittances;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** The figures of the seller the account acts for, over the last {@code weeks} weeks (this one included). */
    @Transactional
    public Figures of(long accountId, int weeks) {
        long sellerId = catalog.sellerOf(accountId).orElseThrow(() -> new ProblemException(409, "no-seller-profile"));
        LocalDate thisMonday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(weeks - 1L);
        Map<LocalDate, Map<String, Cell>> table = new LinkedHashMap<>();
        Map<String, Cell> byChannel = new LinkedHashMap<>();
        CHANNELS.forEach(c -> byChannel.put(c, new Cell(c, 0, 0, 0)));
        for (SalesFigures.ParcelSale sale : sales.sellerSales(sellerId,
                first.atStartOfDay(VietnamClock.ZONE).toInstant())) {
            LocalDate monday = sale.placedAt().atZone(VietnamClock.ZONE).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Cell one = new Cell(sale.channel(), 1, sale.grams(), sale.goodsVnd());
            table.computeIfAbsent(monday, m -> new LinkedHashMap<>()).merge(sale.channel(), one, SellerFigures::add);
            byChannel.merge(sale.channel(), one, SellerFigures::add);
        }
        List<Week> rows = new ArrayList<>();
        for (LocalDate monday = thisMonday; !monday.isBefore(first); monday = monday.minusWeeks(1)) {
            Map<String, Cell> week = table.getOrDefault(monday, Map.of());
            List<Cell> cells = byChannel.keySet().stream().map(c -> week.getOrDefault(c, new Cell(c, 0, 0, 0)))
                    .toList();
            rows.add(new Week(monday, cells, sum(cells)));
        }
        List<Cell> channels = List.copyOf(byChannel.values());
        Remittance.SellerRemittances owed = remittances.forSeller(accountId);
        return new Figures(sellerId, rows, channels, sum(channels), owed.owedVnd(), owed.unsettled().parcels(),
                owed.unsettled().netVnd(), campaigns.standingsOf(sellerId));
    }

    private static Cell add(Cell a, Cell b) {
        return new Cell(a.channel(), a.parcels() + b.parcels(), a.grams() + b.grams(), a.goodsVnd() + b.goodsVnd());
    }

    private static Cell sum(List<Cell> cells) {
        return cells.stream().reduce(new Cell("ALL", 0, 0, 0), SellerFigures::add);
    }
}
