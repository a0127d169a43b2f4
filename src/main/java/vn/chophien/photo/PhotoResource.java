package vn.chophien.photo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * Serves stored photos. Keys never change content, so browsers and CDNs keep them for a year. A medium size missing
 * (the photo was stored before there were medium sizes) is made from the display size once, then stored.
 */
@Path("/photos")
public class PhotoResource {

    private final PhotoStore store;
    private final ImageProcessor images;

    PhotoResource(PhotoStore store, ImageProcessor images) {
        this.store = store;
        this.images = images;
    }

    @GET
    @Path("/{key}")
    public Response photo(@PathParam("key") String key) throws IOException {
        return opened(key).map(in -> Response.ok(in, "image/jpeg")
                .header("Cache-Control", "public, max-age=31536000, immutable").build())
                .orElseThrow(NotFoundException::new);
    }

    private Optional<InputStream> opened(String key) throws IOException {
        Optional<InputStream> stored = store.open(key);
        String display = PhotoKeys.displayOf(key);
        if (stored.isPresent() || display == null) {
            return stored;
        }
        Optional<InputStream> source = store.open(display);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        byte[] original;
        try (InputStream in = source.get()) {
            original = in.readAllBytes();
        }
        store.put(key, images.medium(original)); // two requests at once write the same bytes; the move is atomic
        return store.open(key);
    }
}
