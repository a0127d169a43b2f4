package vn.chophien.household.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.AccountService;
import vn.chophien.account.CurrentAccount;

/** Helpers record their classes; the counts of what came of them, per province. */
@Path("/api/helpers/trainings")
@RolesAllowed({"POSTAL_STAFF", "OCOP_OFFICER", "ADMIN"})
public class TrainingResource {

    /** What recording a class answers. */
    public record Recorded(long id, String communeCode, int attendees) {
    }

    private final TrainingService trainings;
    private final AccountService accounts;
    private final SecurityIdentity identity;

    TrainingResource(TrainingService trainings, AccountService accounts, SecurityIdentity identity) {
        this.trainings = trainings;
        this.accounts = accounts;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({"POSTAL_STAFF", "OCOP_OFFICER"})
    public Response record(@NotNull @Valid TrainingRequests body) {
        TrainingClass training = trainings.record(CurrentAccount.id(identity), body);
        return Response.status(Response.Status.CREATED)
                .entity(new Recorded(training.id, training.communeCode, training.attendees.size())).build();
    }

    /** An OCOP officer sees its own province's counts whatever it asks; others name the province (or none: all). */
    @GET
    @Path("/counts")
    public TrainingCounts counts(@QueryParam("provinceCode") @Pattern(regexp = "\\d{2}") String provinceCode) {
        String province = identity.hasRole("OCOP_OFFICER")
                ? accounts.provinceOf(CurrentAccount.id(identity)).orElse(provinceCode)
                : provinceCode;
        return trainings.counts(province);
    }
}
