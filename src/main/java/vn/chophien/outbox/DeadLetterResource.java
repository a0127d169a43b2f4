package vn.chophien.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** Where an ADMIN sees the events that could not be delivered, and sends one again once its cause is fixed. */
@Path("/api/admin/syndication/failures")
@RolesAllowed("ADMIN")
public class DeadLetterResource {

    /** A dead letter as the admin sees it. */
    public record FailureView(long id, String topic, String key, String status, int attempts, String lastError,
            Instant createdAt) {
        static FailureView of(OutboxEvent event) {
            return new FailureView(event.id, event.topic, event.key, event.status.name(), event.attempts,
                    event.lastError, event.createdAt);
        }
    }

    private final OutboxStore store;

    DeadLetterResource(OutboxStore store) {
        this.store = store;
    }

    /** The FAILED events, newest first. */
    @GET
    public List<FailureView> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return store.failures(limit).stream().map(FailureView::of).toList();
    }

    /** Puts a FAILED event back in line, due now; 409 for an event that is not FAILED. */
    @POST
    @Path("{id}/retry")
    public FailureView retry(@PathParam("id") long id) {
        return FailureView.of(store.retry(id));
    }
}
