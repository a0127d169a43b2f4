package vn.chophien.tracking;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.chophien.web.Languages;

/** Public tracking: anyone with a tracking code sees where its parcel has been. */
@Path("/api/tracking")
@PermitAll
public class TrackingResource {

    private final TrackingService tracking;

    TrackingResource(TrackingService tracking) {
        this.tracking = tracking;
    }

    @GET
    @Path("/{code}")
    @Transactional
    @Operation(operationId = "trackParcel", summary = "The status of a parcel and its events so far, oldest first;"
            + " 404 for a code nothing is known of. Our tracking code or the carrier's reference both find it")
    public TrackingView track(@PathParam("code") String code, HttpHeaders headers) {
        return tracking.view(code, Languages.of(headers));
    }
}
