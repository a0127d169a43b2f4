package vn.chophien.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;

import vn.chophien.campaign.web.CampaignMsg;
import vn.chophien.dashboard.DashboardSection;
import vn.chophien.dashboard.DashboardTable;
import vn.chophien.dashboard.DashboardTable.Column;

/**
 * The province dashboard's campaign part: each harvest campaign of the period against its target (kilograms sold
 * from every channel), and a table of them with households and communes taking part.
 */
@ApplicationScoped
public class CampaignDashboard implements DashboardSection {

    private final CampaignService campaigns;
    private final CampaignMsg vi;
    private final CampaignMsg en;

    CampaignDashboard(CampaignService campaigns, CampaignMsg vi, @Localized("en") CampaignMsg en) {
        this.campaigns = campaigns;
        this.vi = vi;
        this.en = en;
    }

    @Override
    public Optional<Section> of(String provinceCode, LocalDate from, LocalDate to, Locale locale) {
        List<CampaignViews.CampaignView> views = campaigns.inProvince(provinceCode, from, to);
        if (views.isEmpty()) {
            return Optional.empty();
        }
        CampaignMsg msg = "en".equals(locale.getLanguage()) ? en : vi;
        List<Progress> progress = views.stream()
                .map(c -> new Progress(c.name(), Math.round(c.soldKg()), c.targetKg(), "kg")).toList();
        List<Column> columns = List.of(new Column("campaign", msg.dashboard_campaign()),
                new Column("opensOn", msg.dashboard_opens()), new Column("closesOn", msg.dashboard_closes()),
                new Column("soldKg", msg.dashboard_sold_kg()), new Column("targetKg", msg.dashboard_target_kg()),
                new Column("households", msg.dashboard_households()), new Column("communes", msg.dashboard_communes()),
                new Column("status", msg.dashboard_status()));
        List<List<Object>> rows = views.stream().map(c -> List.<Object>of(c.name(), c.opensOn(), c.closesOn(),
                c.soldKg(), c.targetKg(), c.households(), c.communes(), c.status())).toList();
        return Optional.of(new Section("campaigns", msg.dashboard_title(), progress,
                List.of(new DashboardTable("campaigns", msg.dashboard_title(), columns, rows))));
    }
}
