package vn.chophien.bulkimport;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.web.BodyLimit;
import vn.chophien.web.Languages;
import vn.chophien.web.Messages;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;

/**
 * The import pages, for a helper or a cooperative: templates to download, a file to upload, its preview with each
 * bad row's reason, the start, a progress bar (reloading itself without JavaScript, polling the API with it), and
 * the report.
 */
@Path("/helper/imports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"POSTAL_STAFF", "OCOP_OFFICER", "SELLER"})
public class ImportPages {

    @CheckedTemplate(basePath = "bulkimport")
    static class Templates {
        static native TemplateInstance imports(Page page, List<ImportViews.Import> recent, String error);

        static native TemplateInstance importOne(Page page, ImportViews.Import imported);
    }

    private final ImportService imports;
    private final Pages pages;
    private final Messages messages;
    private final HttpHeaders headers;
    private final SecurityIdentity identity;

    ImportPages(ImportService imports, Pages pages, Messages messages, HttpHeaders headers, SecurityIdentity identity) {
        this.imports = imports;
        this.pages = pages;
        this.messages = messages;
        this.headers = headers;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list() {
        return page(null);
    }

    @POST
    @BodyLimit(BodyLimit.UPLOAD) // the reader refuses over 5 MB itself, with its own message
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm("kind") String kind) {
        try {
            if (file == null || file.uploadedFile() == null || file.size() == 0) {
                throw new ProblemException(400, "import-file-missing");
            }
            boolean helper = identity.hasRole("POSTAL_STAFF") || identity.hasRole("OCOP_OFFICER");
            ImportViews.Import preview = imports.preview(CurrentAccount.id(identity), helper, ImportResource.kind(kind),
                    file.fileName(), file.uploadedFile(), Languages.of(headers));
            return Response.seeOther(URI.create("/helper/imports/" + preview.id())).build();
        } catch (ProblemException e) {
            String key = e.errors().isEmpty() ? e.key() : e.errors().get(0).message();
            return Response.status(e.status()).entity(page(messages.get(Languages.of(headers), key, e.args()))).build();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance one(@PathParam("id") long id) {
        return pages.render(Templates.importOne(pages.page(), imports.find(CurrentAccount.id(identity), id)));
    }

    @POST
    @Path("/{id}/start")
    public Response start(@PathParam("id") long id) {
        imports.start(CurrentAccount.id(identity), id);
        return Response.seeOther(URI.create("/helper/imports/" + id)).build();
    }

    private TemplateInstance page(String error) {
        return pages.render(Templates.imports(pages.page(), imports.recent(CurrentAccount.id(identity), 20), error));
    }
}
