package vn.chophien.tracking;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.i18n.Localized;

import vn.chophien.web.Languages;

/** Public tracking: anyone with a tracking code sees where its parcel has been. */
@Path("/api/tracking")
@PermitAll
public class TrackingResource {

    private final TrackingService tracking;
    private final TrackMsg vietnamese;
    private final TrackMsg english;

    TrackingResource(TrackingService tracking, TrackMsg vietnamese, @Localized("en") TrackMsg english) {
        this.tracking = tracking;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    @GET
    @Path("/{code}")
    @Transactional
    @Operation(operationId = "trackParcel", summary = "The status of a parcel and its events so far, oldest first;"
            + " 404 for a code nothing is known of")
    public TrackingView track(@PathParam("code") String code, HttpHeaders headers) {
        TrackMsg msg = Languages.of(headers).equals(Languages.ENGLISH) ? english : vietnamese;
        return view(tracking.events(code), msg);
    }

    /** The events as shown: each with its status in words; the parcel's status is that of its latest event. */
    static TrackingView view(List<TrackingEvent> events, TrackMsg msg) {
        TrackingEvent latest = events.get(events.size() - 1);
        return new TrackingView(latest.trackingCode, latest.status, msg.status(latest.status.name()),
                events.stream().map(e -> new TrackingView.EventView(e.occurredAt, e.status, msg.status(e.status.name()),
                        e.location, e.source)).toList());
    }
}
