package vn.chophien.fulfillment.remittance;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.web.Form;
import vn.chophien.web.ProblemException;
import vn.chophien.web.VietnamClock;

/** The cash an office collected on delivery, per seller, over the days asked for. */
@Path("/api/postal/remittances")
@RolesAllowed("POSTAL_STAFF")
public class RemittanceResource {

    private final RemittanceService remittances;
    private final SecurityIdentity identity;
    private final Clock clock;

    RemittanceResource(RemittanceService remittances, SecurityIdentity identity, Clock clock) {
        this.remittances = remittances;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
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

    private static LocalDate day(String field, String text, LocalDate otherwise) {
        if (Form.notADay(text)) {
            throw ProblemException.invalidField(field, "invalid-value");
        }
        return text == null || text.isBlank() ? otherwise : Form.day(text);
    }
}
