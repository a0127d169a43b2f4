package vn.chophien.fulfillment.remittance;

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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.fulfillment.document.StatementCsv;
import vn.chophien.fulfillment.document.StatementPdf;
import vn.chophien.web.PlainText;

/** An office's remittance statements: closing one, marking it paid, and exporting it as CSV or PDF. */
@Path("/api/postal/statements")
@RolesAllowed("POSTAL_STAFF")
public class StatementResource {

    /** The bank transfer that paid the sellers of a statement. */
    public record MarkPaid(@NotBlank @Size(max = 64) @PlainText String transferReference) {
    }

    private final RemittanceService remittances;
    private final StatementPdf pdf;
    private final SecurityIdentity identity;

    StatementResource(RemittanceService remittances, StatementPdf pdf, SecurityIdentity identity) {
        this.remittances = remittances;
        this.pdf = pdf;
        this.identity = identity;
    }

    @GET
    @Transactional
    @Operation(operationId = "listStatements")
    public List<Remittance.StatementView> statements() {
        return remittances.statements(CurrentAccount.id(identity));
    }

    @POST
    @Operation(operationId = "closeStatement", summary = "Closes a statement over every delivery not yet settled")
    public Response close() {
        return Response.status(Response.Status.CREATED).entity(remittances.close(CurrentAccount.id(identity))).build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "getStatement")
    public Remittance.StatementView statement(@PathParam("id") long id) {
        return remittances.statement(CurrentAccount.id(identity), id);
    }

    @POST
    @Path("/{id}/paid")
    @Operation(operationId = "markStatementPaid", summary = "The sellers were paid, by this bank transfer")
    public Remittance.StatementView paid(@PathParam("id") long id, @NotNull @Valid MarkPaid body) {
        return remittances.markPaid(CurrentAccount.id(identity), id, body.transferReference());
    }

    @GET
    @Path("/{id}/statement.csv")
    @Produces("text/csv")
    @Transactional
    @Operation(operationId = "exportStatementCsv")
    public Response csv(@PathParam("id") long id) {
        Remittance.StatementView s = remittances.statement(CurrentAccount.id(identity), id);
        return Response.ok(StatementCsv.render(s), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + s.number() + ".csv\"").build();
    }

    @GET
    @Path("/{id}/statement.pdf")
    @Produces("application/pdf")
    @Transactional
    @Operation(operationId = "exportStatementPdf")
    public Response pdf(@PathParam("id") long id) {
        Remittance.StatementView s = remittances.statement(CurrentAccount.id(identity), id);
        return Response.ok(pdf.render(s), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + s.number() + ".pdf\"").build();
    }
}
