package vn.chophien.ocop;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.web.BodyLimit;
import vn.chophien.web.ProblemException;

/** OCOP certificates: sellers submit them with a scan; officers of the seller's province verify or reject. */
@Path("/api/ocop/certificates")
@Authenticated
public class OcopResource {

    private final CertificationService certification;
    private final SecurityIdentity identity;

    OcopResource(CertificationService certification, SecurityIdentity identity) {
        this.certification = certification;
        this.identity = identity;
    }

    @POST
    @RolesAllowed("SELLER")
    public Response submit(@NotNull @Valid OcopRequests.Submit body) {
        OcopCertificate certificate = certification.submit(CurrentAccount.id(identity), body);
        return Response.status(Response.Status.CREATED).entity(certification.view(certificate)).build();
    }

    /** A seller's own certificates, or for an OCOP officer those of their province. */
    @GET
    @RolesAllowed({"SELLER", "OCOP_OFFICER"})
    public List<OcopViews.CertificateView> list(@QueryParam("status") CertificateStatus status) {
        return certification.list(CurrentAccount.id(identity), status).stream().map(certification::view).toList();
    }

    @BodyLimit(BodyLimit.UPLOAD)
    @POST
    @Path("/{id}/scan")
    @RolesAllowed("SELLER")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public OcopViews.CertificateView attachScan(@PathParam("id") long id, @RestForm("file") FileUpload file)
            throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "photo-missing");
        }
        return certification.view(
                certification.attachScan(CurrentAccount.id(identity), id, Files.readAllBytes(file.uploadedFile())));
    }

    /**
     * The scan, to its seller, the officers of its province and ADMINs; always as a download, never shown inline, so a
     * crafted file cannot run in the service's origin.
     */
    @GET
    @Path("/{id}/scan")
    @RolesAllowed({"SELLER", "OCOP_OFFICER", "ADMIN"})
    public Response scan(@PathParam("id") long id) {
        return certification.scan(CurrentAccount.id(identity), id).map(s -> CertificationService.download(s, id))
                .orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed("OCOP_OFFICER")
    @Transactional
    public OcopViews.CertificateView verify(@PathParam("id") long id) {
        return certification.view(certification.verify(CurrentAccount.id(identity), id));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed("OCOP_OFFICER")
    @Transactional
    public OcopViews.CertificateView reject(@PathParam("id") long id, @NotNull @Valid OcopRequests.Reject body) {
        return certification.view(certification.reject(CurrentAccount.id(identity), id, body.reason()));
    }
}
