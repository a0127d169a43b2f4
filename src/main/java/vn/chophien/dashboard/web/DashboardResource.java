package vn.chophien.dashboard.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.dashboard.DashboardService;
import vn.chophien.dashboard.DashboardTable;
import vn.chophien.dashboard.ProvinceDashboard;
import vn.chophien.web.Form;
import vn.chophien.web.Languages;
import vn.chophien.web.ProblemException;

/** A province's dashboard as JSON, and each of its tables as CSV, for its OCOP officers and ADMINs. */
@Path("/api/dashboard/provinces/{code}")
@RolesAllowed({"OCOP_OFFICER", "ADMIN"})
public class DashboardResource {

    private final DashboardService dashboards;
    private final DashboardTables tables;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    DashboardResource(DashboardService dashboards, DashboardTables tables, SecurityIdentity identity,
            HttpHeaders headers) {
        this.dashboards = dashboards;
        this.tables = tables;
        this.identity = identity;
        this.headers = headers;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProvinceDashboard", summary = "The province's sales, households, products,"
            + " certificates and post offices over the whole weeks from and to touch (the last 52 by default); an"
            + " officer of another province gets 403")
    public ProvinceDashboard dashboard(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return dashboards.dashboard(CurrentAccount.id(identity), code, period(from, to), Languages.of(headers),
                ProvinceDashboard.TOP_PRODUCTS);
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportProvinceDashboardCsv", summary = "One table of the dashboard as CSV (UTF-8 with a"
            + " byte order mark): weeks, channels, communes, products (all of them), post-offices, certificates, or a"
            + " section's table")
    public Response export(@PathParam("code") String code, @QueryParam("table") String table,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        if (table == null || table.isBlank()) {
            throw ProblemException.invalidField("table", "dashboard-table-unknown");
        }
        DashboardService.Period period = period(from, to);
        ProvinceDashboard d = dashboards.dashboard(CurrentAccount.id(identity), code, period, Languages.of(headers),
                Integer.MAX_VALUE);
        DashboardTable found = tables.byKey(d, Languages.of(headers), table)
                .orElseThrow(() -> ProblemException.invalidField("table", "dashboard-table-unknown"));
        String file = "cho-phien-" + d.provinceCode() + "-" + table + "-" + period.from() + "-" + period.to() + ".csv";
        return Response.ok(DashboardCsv.render(found), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private DashboardService.Period period(String from, String to) {
        if (Form.notADay(from)) {
            throw ProblemException.invalidField("from", "invalid-value");
        }
        if (Form.notADay(to)) {
            throw ProblemException.invalidField("to", "invalid-value");
        }
        return dashboards.period(Form.day(from), Form.day(to));
    }
}
