package vn.chophien.bulkimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.web.BodyLimit;
import vn.chophien.web.Languages;
import vn.chophien.web.ProblemException;

/** Bulk imports of households and products: upload and preview, start, follow, and the report. */
@Path("/api/imports")
@RolesAllowed({"POSTAL_STAFF", "OCOP_OFFICER", "SELLER"})
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService imports;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    ImportResource(ImportService imports, SecurityIdentity identity, HttpHeaders headers) {
        this.imports = imports;
        this.identity = identity;
        this.headers = headers;
    }

    /** Reads and checks the file; nothing is created until it is started. */
    @POST
    @BodyLimit(BodyLimit.UPLOAD) // the reader refuses over 5 MB itself, with its own message
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm("kind") String kind) {
        ImportKind chosen = kind(kind);
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "import-file-missing");
        }
        ImportViews.Import preview = imports.preview(CurrentAccount.id(identity), helper(), chosen, file.fileName(),
                file.uploadedFile(), Languages.of(headers));
        return Response.status(Response.Status.CREATED).entity(preview).build();
    }

    @POST
    @Path("/{id}/start")
    public Response start(@PathParam("id") long id) {
        return Response.accepted(imports.start(CurrentAccount.id(identity), id)).build();
    }

    @GET
    @Path("/{id}")
    public ImportViews.Import status(@PathParam("id") long id) {
        return imports.find(CurrentAccount.id(identity), id);
    }

    @GET
    @Path("/{id}/report.csv")
    @Produces("text/csv")
    public Response report(@PathParam("id") long id) {
        byte[] csv = ImportFiles.report(imports.rows(CurrentAccount.id(identity), id), imports);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"").build();
    }

    /** An empty file of the kind with one example row, as CSV or Excel. */
    @GET
    @Path("/template")
    public Response template(@QueryParam("kind") @NotNull String kind,
            @QueryParam("format") @Pattern(regexp = "csv|xlsx") String format) {
        ImportKind chosen = kind(kind);
        String name = chosen.name().toLowerCase();
        if ("xlsx".equals(format)) {
            return Response.ok(ImportFiles.templateXlsx(chosen), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
        }
        return Response.ok(ImportFiles.templateCsv(chosen), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }

    private boolean helper() {
        return identity.hasRole("POSTAL_STAFF") || identity.hasRole("OCOP_OFFICER");
    }

    static ImportKind kind(String kind) {
        try {
            return ImportKind.valueOf(kind == null ? "" : kind.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("kind", "import-unknown-kind");
        }
    }
}
