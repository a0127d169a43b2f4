package vn.chophien.fulfillment.remittance;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;
import vn.chophien.web.VietnamClock;

/** Cash on delivery as pages for an office's staff: what is not yet in a statement, closing one, marking it paid. */
@Path("/postal/statements")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("POSTAL_STAFF")
public class StatementPages {

    @CheckedTemplate(basePath = "fulfillment")
    static class Templates {
        static native TemplateInstance statements(Page page, Remittance.Report today,
                List<Remittance.StatementView> statements);

        static native TemplateInstance statement(Page page, Remittance.StatementView statement);
    }

    private final RemittanceService remittances;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final Clock clock;

    StatementPages(RemittanceService remittances, Pages pages, SecurityIdentity identity, Clock clock) {
        this.remittances = remittances;
        this.pages = pages;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Transactional
    public TemplateInstance statements() {
        long staff = CurrentAccount.id(identity);
        LocalDate today = LocalDate.now(clock.withZone(VietnamClock.ZONE));
        return pages.render(Templates.statements(pages.page(), remittances.report(staff, today, today),
                remittances.statements(staff)));
    }

    @POST
    public Response close() {
        long id = remittances.close(CurrentAccount.id(identity)).id();
        return Response.seeOther(URI.create("/postal/statements/" + id)).build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public TemplateInstance statement(@PathParam("id") long id) {
        return pages.render(Templates.statement(pages.page(), remittances.statement(CurrentAccount.id(identity), id)));
    }

    @POST
    @Path("/{id}/paid")
    public Response paid(@PathParam("id") long id, @RestForm String transferReference) {
        String reference = transferReference == null ? "" : transferReference.strip();
        if (reference.isEmpty() || reference.length() > 64) {
            throw ProblemException.invalidField("transferReference", "transfer-reference-required");
        }
        remittances.markPaid(CurrentAccount.id(identity), id, reference);
        return Response.seeOther(URI.create("/postal/statements/" + id)).build();
    }
}
