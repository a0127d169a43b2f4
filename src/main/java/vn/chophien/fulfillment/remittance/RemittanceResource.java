package vn.chophien.fulfillment.remittance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.fulfillment.document.StatementCsv;
import vn.chophien.fulfillment.document.StatementPdf;
import vn.chophien.web.Form;
import vn.chophien.web.ProblemException;
import vn.chophien.web.VietnamClock;

/** The cash an office collected on delivery: per seller over days, and the statements that settle it. */
@Path("/api/postal")
@RolesAllowed("POSTAL_STAFF")
public class RemittanceResource {

    /** The bank transfer that paid the sellers of a statement. */
    public record MarkPaid(@NotBlank @Size(max = 64) String transferReference) {
    }

    private final RemittanceService remittances;
    private final StatementPdf pdf;
    private final SecurityIdentity identity;
    private final Clock clock;

    RemittanceResource(RemittanceService remittances, StatementPdf pdf, SecurityIdentity identity, Clock clock) {
        this.remittances = remittances;
        this.pdf = pdf;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Path("/remittances")
    @Transactional
    @Operation(operationId = "getRemittances", summary = "COD collected and owed per seller for the office, over the"
            + " deliveries of the days from and to (Vietnam's days; today when not given)")
    public Remittance.Report report(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(clock.withZone(VietnamClock.ZONE));
        LocalDate start = day("from", from, today);
        LocalDate end = day("to", to, today);
        if (end.isBefore(start)) {
            throw ProblemException.invalidField("to", "period-reversed");
        }
        if (start.plusDays(366).isBefore(end)) {
            throw ProblemException.invalidField("to", "period-too-long");
        }
        return remittances.report(CurrentAccount.id(identity), start, end);
    }

    @GET
    @Path("/statements")
    @Transactional
    @Operation(operationId = "listStatements")
    public List<Remittance.StatementView> statements() {
        return remittances.statements(CurrentAccount.id(identity));
    }

    @POST
    @Path("/statements")
    @Operation(operationId = "closeStatement", summary = "Closes a statement over every delivery not yet settled")
    public Response close() {
        return Response.status(Response.Status.CREATED).entity(remittances.close(CurrentAccount.id(identity))).build();
    }

    @GET
    @Path("/statements/{id}")
    @Transactional
    @Operation(operationId = "getStatement")
    public Remittance.StatementView statement(@PathParam("id") long id) {
        return remittances.statement(CurrentAccount.id(identity), id);
    }

    @POST
    @Path("/statements/{id}/paid")
    @Operation(operationId = "markStatementPaid", summary = "The sellers were paid, by this bank transfer")
    public Remittance.StatementView paid(@PathParam("id") long id, @NotNull @Valid MarkPaid body) {
        return remittances.markPaid(CurrentAccount.id(identity), id, body.transferReference());
    }

    @GET
    @Path("/statements/{id}/statement.csv")
    @Produces("text/csv")
    @Transactional
    @Operation(operationId = "exportStatementCsv")
    public Response csv(@PathParam("id") long id) {
        Remittance.StatementView s = remittances.statement(CurrentAccount.id(identity), id);
        return Response.ok(StatementCsv.render(s), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + s.number() + ".csv\"").build();
    }

    @GET
    @Path("/statements/{id}/statement.pdf")
    @Produces("application/pdf")
    @Transactional
    @Operation(operationId = "exportStatementPdf")
    public Response pdf(@PathParam("id") long id) {
        Remittance.StatementView s = remittances.statement(CurrentAccount.id(identity), id);
        return Response.ok(pdf.render(s), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + s.number() + ".pdf\"").build();
    }

    private static LocalDate day(String field, String text, LocalDate otherwise) {
        if (Form.notADay(text)) {
            throw ProblemException.invalidField(field, "invalid-value");
        }
        return text == null || text.isBlank() ? otherwise : Form.day(text);
    }
}
