package vn.chophien.catalog;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.photo.ImageProcessor;
import vn.chophien.web.BodyLimit;
import vn.chophien.web.ProblemException;

/** A seller's photos of its product (or a helper's, for a household it manages): upload (multipart {@code file}), reorder, remove. */
@Path("/api/products/{id}/photos")
@RolesAllowed({"SELLER", "POSTAL_STAFF", "OCOP_OFFICER"})
public class ProductPhotoResource {

    public record Order(@NotNull @NotEmpty List<@NotNull Long> photoIds) {
    }

    private final ProductPhotos photos;
    private final CatalogMapper mapper;
    private final SecurityIdentity identity;

    ProductPhotoResource(ProductPhotos photos, CatalogMapper mapper, SecurityIdentity identity) {
        this.photos = photos;
        this.mapper = mapper;
        this.identity = identity;
    }

    @BodyLimit(BodyLimit.UPLOAD)
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "photo-missing");
        }
        if (file.size() > ImageProcessor.MAX_BYTES) {
            throw new ProblemException(413, "photo-too-large", ImageProcessor.MAX_BYTES / 1024 / 1024);
        }
        ProductPhoto photo = photos.add(CurrentAccount.id(identity), id, file.uploadedFile());
        return Response.status(Response.Status.CREATED).entity(mapper.photo(photo)).build();
    }

    @PUT
    @Path("/order")
    public List<CatalogViews.PhotoView> reorder(@PathParam("id") long id, @NotNull @Valid Order body) {
        return photos.reorder(CurrentAccount.id(identity), id, body.photoIds()).stream().map(mapper::photo).toList();
    }

    @DELETE
    @Path("/{photoId}")
    public Response remove(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        photos.remove(CurrentAccount.id(identity), id, photoId);
        return Response.noContent().build();
    }
}
