package vn.chophien.dashboard.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.dashboard.DashboardSection;
import vn.chophien.dashboard.DashboardService;
import vn.chophien.dashboard.DashboardTable;
import vn.chophien.dashboard.ProvinceDashboard;
import vn.chophien.place.Province;
import vn.chophien.web.Form;
import vn.chophien.web.Formats;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;

/**
 * The province dashboard page: figures, charts drawn on the server, and every table with its CSV link. The header's
 * link opens an officer's own province, and lets an ADMIN pick one.
 */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"OCOP_OFFICER", "ADMIN"})
public class DashboardPages {

    /** A chart with the table it draws, when there is one. */
    public record Chart(String title, RawString svg) {
    }

    @CheckedTemplate(basePath = "dashboard")
    static class Templates {
        static native TemplateInstance province(Page page, ProvinceDashboard d, String from, String to, String query,
                List<Chart> charts, List<DashboardTable> tables);

        static native TemplateInstance pick(Page page, List<Province> provinces);
    }

    private final DashboardService dashboards;
    private final DashboardTables tables;
    private final Pages pages;
    private final SecurityIdentity identity;

    DashboardPages(DashboardService dashboards, DashboardTables tables, Pages pages, SecurityIdentity identity) {
        this.dashboards = dashboards;
        this.tables = tables;
        this.pages = pages;
        this.identity = identity;
    }

    @GET
    public Response home() {
        return dashboards.ownProvince(CurrentAccount.id(identity))
                .map(code -> Response.seeOther(URI.create("/dashboard/provinces/" + code)).build()).orElseGet(
                        () -> Response.ok(pages.render(Templates.pick(pages.page(), dashboards.provinces()))).build());
    }

    @GET
    @Path("provinces/{code}")
    public TemplateInstance province(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        if (Form.notADay(from) || Form.notADay(to)) {
            throw new ProblemException(400, "invalid-value");
        }
        Page page = pages.page();
        Locale locale = page.locale();
        DashboardService.Period period = dashboards.period(Form.day(from), Form.day(to));
        ProvinceDashboard d = dashboards.dashboard(CurrentAccount.id(identity), code, period, locale,
                ProvinceDashboard.TOP_PRODUCTS);
        String query = "from=" + period.from() + "&to=" + period.to();
        return pages.render(Templates.province(page, d, period.from().toString(), period.to().toString(), query,
                charts(d, locale), tables.all(d, locale)));
    }

    private List<Chart> charts(ProvinceDashboard d, Locale locale) {
        DashboardMsg m = tables.msg(locale);
        List<Chart> charts = new ArrayList<>();
        var weeks = d.byWeek().stream()
                .map(w -> new SvgCharts.Bar(Formats.dmy(w.week()), w.revenueVnd(), Formats.vnd(w.revenueVnd(), locale)))
                .toList();
        long max = d.byWeek().stream().mapToLong(ProvinceDashboard.WeekSales::revenueVnd).max().orElse(0);
        charts.add(new Chart(m.by_week(),
                SvgCharts.columns(m.by_week(), m.week_chart_desc(weeks.size(), Formats.vnd(max, locale)), weeks)));
        charts.add(
                new Chart(m.by_channel(),
                        SvgCharts
                                .bars(m.by_channel(), m.bar_chart_desc(m
                                        .by_channel()), d
                                                .byChannel().stream().map(c -> new SvgCharts.Bar(m.channel(c.channel()),
                                                        c.revenueVnd(), Formats.vnd(c.revenueVnd(), locale) + " · "
                                                                + c.orders() + " " + m.orders().toLowerCase(locale)))
                                                .toList())));
        charts.add(new Chart(m.by_commune(),
                SvgCharts.bars(m.by_commune(), m.bar_chart_desc(m.by_commune()), d.byCommune().stream().limit(10).map(
                        c -> new SvgCharts.Bar(c.communeName(), c.revenueVnd(), Formats.vnd(c.revenueVnd(), locale)))
                        .toList())));
        List<SvgCharts.Bar> households = new ArrayList<>();
        households.add(new SvgCharts.Bar(m.onboarded(), d.households().onboarded(),
                Long.toString(d.households().onboarded())));
        if (d.households().trained() != null) {
            households.add(
                    new SvgCharts.Bar(m.trained(), d.households().trained(), Long.toString(d.households().trained())));
        }
        households
                .add(new SvgCharts.Bar(m.selling(), d.households().selling(), Long.toString(d.households().selling())));
        charts.add(new Chart(m.households(),
                SvgCharts.bars(m.households(), m.bar_chart_desc(m.households()), households)));
        List<SvgCharts.Bar> stars = new ArrayList<>();
        stars.add(new SvgCharts.Bar(m.listed(), d.products().listed(), Long.toString(d.products().listed())));
        for (int s = 3; s <= 5; s++) {
            long n = d.products().certified().getOrDefault(s, 0L);
            stars.add(new SvgCharts.Bar(m.stars(s), n, Long.toString(n)));
        }
        charts.add(new Chart(m.products(), SvgCharts.bars(m.products(), m.bar_chart_desc(m.products()), stars)));
        for (DashboardSection.Section section : d.sections()) {
            for (DashboardSection.Progress p : section.progress()) {
                String text = m.progress_of(p.value() + " " + p.unit(), p.target() + " " + p.unit());
                charts.add(new Chart(section.title(), SvgCharts.progress(p.label(), p.value(), p.target(), text)));
            }
        }
        return charts;
    }
}
