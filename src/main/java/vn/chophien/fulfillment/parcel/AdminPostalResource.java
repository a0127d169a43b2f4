package vn.chophien.fulfillment.parcel;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** For ADMINs: parcels whose cash on delivery did not match what was due, newest first. */
@Path("/api/admin/postal/mismatches")
@RolesAllowed("ADMIN")
public class AdminPostalResource {

    private final ParcelService parcels;

    AdminPostalResource(ParcelService parcels) {
        this.parcels = parcels;
    }

    @GET
    @Transactional
    @Operation(operationId = "listCashMismatches")
    public List<ParcelViews.ParcelView> mismatches() {
        return parcels.mismatches(200);
    }
}
