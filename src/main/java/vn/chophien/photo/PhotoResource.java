package vn.chophien.photo;

import java.io.IOException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Serves stored photos. Keys never change content, so browsers and CDNs keep them for a year. */
@Path("/photos")
public class PhotoResource {

    private final PhotoStore store;

    PhotoResource(PhotoStore store) {
        this.store = store;
    }

    @GET
    @Path("/{key}")
    public Response photo(@PathParam("key") String key) throws IOException {
        return store
                .open(key).map(in -> Response.ok(in, "image/jpeg")
                        .header("Cache-Control", "public, max-age=31536000, immutable").build())
                .orElseThrow(NotFoundException::new);
    }
}
