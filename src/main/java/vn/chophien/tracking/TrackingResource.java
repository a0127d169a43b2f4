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
        List<TrackingEvent> events = tracking.events(code);
        return view(events, tracking.carrierOf(events.get(0).sellerOrderId), msg);
    }

    /**
     * The events as shown: each with its status in words (the carrier's own for a code we do not know); the parcel's
     * status is that of its latest event with a known one.
     */
    static TrackingView view(List<TrackingEvent> events, TrackingView.Carrier carrier, TrackMsg msg) {
        TrackingEvent latest = events.stream().filter(e -> e.status != null).reduce((a, b) -> b)
                .orElse(events.get(events.size() - 1));
        return new TrackingView(latest.trackingCode, carrier, latest.status, text(latest, msg),
                events.stream().map(e -> new TrackingView.EventView(e.occurredAt, e.status, text(e, msg), e.location,
                        e.source, e.carrierCode, e.carrierText)).toList());
    }

    private static String text(TrackingEvent e, TrackMsg msg) {
        return e.status == null ? e.carrierText : msg.status(e.status.name());
    }
}
