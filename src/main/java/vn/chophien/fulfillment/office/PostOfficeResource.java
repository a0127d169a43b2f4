package vn.chophien.fulfillment.office;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.chophien.place.PlaceService;
import vn.chophien.web.ProblemException;

/** Post offices: anyone may ask which office collects from a commune (a seller sees who will come). */
@Path("/api/post-offices")
@PermitAll
public class PostOfficeResource {

    private final PostOfficeService offices;
    private final PlaceService places;

    PostOfficeResource(PostOfficeService offices, PlaceService places) {
        this.offices = offices;
        this.places = places;
    }

    @GET
    @Operation(operationId = "listPostOffices", summary = "Every office, or the one serving a commune")
    public List<PostOfficeView> list(@QueryParam("communeCode") String communeCode) {
        if (communeCode == null || communeCode.isBlank()) {
            return offices.all();
        }
        if (places.commune(communeCode.strip()).isEmpty()) {
            throw ProblemException.invalidField("communeCode", "unknown-commune");
        }
        return offices.serving(communeCode.strip()).stream().toList();
    }
}
