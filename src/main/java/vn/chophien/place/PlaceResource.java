package vn.chophien.place;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.jboss.resteasy.reactive.Cache;

import vn.chophien.web.ProblemException;

/** The administrative map for address pickers: provinces, then the communes of one. */
@Path("/api/places/provinces")
public class PlaceResource {

    private final PlaceService places;

    PlaceResource(PlaceService places) {
        this.places = places;
    }

    @GET
    @Cache(maxAge = 86400)
    public List<Province> provinces() {
        return places.provinces();
    }

    @GET
    @Path("/{code}/communes")
    @Cache(maxAge = 86400)
    public List<Commune> communes(@PathParam("code") String code) {
        return places.communesOf(code).orElseThrow(() -> new ProblemException(404, "unknown-province"));
    }
}
