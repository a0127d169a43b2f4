package vn.chophien.ocop;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.catalog.CatalogService;
import vn.chophien.web.BodyLimit;
import vn.chophien.web.Form;
import vn.chophien.web.Messages;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;

/**
 * The seller's OCOP certificates, working without JavaScript: how each one stands (warned 90 days before it lapses),
 * and the form that submits a new one with the scan of the paper, photographed or as a PDF.
 */
@Path("/seller/certificates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("SELLER")
public class CertificatePages {

    public record ProductChoice(long id, String name, boolean chosen) {
    }

    /** A certificate as its seller sees it; {@code scanError} is the refusal of a scan just sent for it. */
    public record Row(OcopViews.CertificateView certificate, String products, String issuedOn, String expiresOn,
            String scanError) {
    }

    @CheckedTemplate(basePath = "ocop")
    static class Templates {
        static native TemplateInstance certificates(Page page, List<Row> rows, List<ProductChoice> products, Form form);
    }

    private final CertificationService certification;
    private final CatalogService catalog;
    private final Pages pages;
    private final Validator validator;
    private final Messages messages;
    private final SecurityIdentity identity;

    CertificatePages(CertificationService certification, CatalogService catalog, Pages pages, Validator validator,
            Messages messages, SecurityIdentity identity) {
        this.certification = certification;
        this.catalog = catalog;
        this.pages = pages;
        this.validator = validator;
        this.messages = messages;
        this.identity = identity;
    }

    @GET
    public Response list() {
        long account = CurrentAccount.id(identity);
        if (catalog.sellerOf(account).isEmpty()) {
            return Response.seeOther(URI.create("/seller")).build();
        }
        return Response.ok(page(account, Form.empty(), Set.of(), Map.of())).build();
    }

    /** A new certificate with its scan: both are kept, or nothing when either is refused. */
    @BodyLimit(BodyLimit.UPLOAD)
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@RestForm List<String> productIds, @RestForm String stars, @RestForm String number,
            @RestForm String issuedBy, @RestForm String issuedOn, @RestForm String expiresOn,
            @RestForm("file") FileUpload file) throws IOException {
        long account = CurrentAccount.id(identity);
        if (catalog.sellerOf(account).isEmpty()) {
            return Response.seeOther(URI.create("/seller")).build();
        }
        Set<Long> chosen = productIds == null
                ? Set.of()
                : productIds.stream().map(CertificatePages::id).filter(id -> id > 0).collect(Collectors.toSet());
        Form form = Form.of("stars", stars, "number", number, "issuedBy", issuedBy, "issuedOn", issuedOn, "expiresOn",
                expiresOn);
        if (chosen.isEmpty()) {
            form.reject("productIds", text("certificate-products-missing"));
        }
        if (Form.notADay(issuedOn)) {
            form.reject("issuedOn", text("invalid-value"));
        }
        if (Form.notADay(expiresOn)) {
            form.reject("expiresOn", text("invalid-value"));
        }
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            form.reject("file", text("scan-missing"));
        }
        OcopRequests.Submit request = new OcopRequests.Submit(List.copyOf(chosen), stars(stars), number, issuedBy,
                Form.day(issuedOn), Form.day(expiresOn));
        if (form.check(validator, request).valid()) {
            try {
                certification.submitWithScan(account, request, Files.readAllBytes(file.uploadedFile()));
                return Response.seeOther(URI.create("/seller/certificates")).build();
            } catch (ProblemException e) {
                if (e.status() == 404) {
                    throw e;
                }
                form.reject(field(e), text(e));
            }
        }
        return Response.status(400).entity(page(account, form, chosen, Map.of())).build();
    }

    /** The scan of a certificate still under review, for one submitted without it or with an unreadable one. */
    @BodyLimit(BodyLimit.UPLOAD)
    @POST
    @Path("{id}/scan")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attachScan(@PathParam("id") long id, @RestForm("file") FileUpload file) throws IOException {
        long account = CurrentAccount.id(identity);
        try {
            if (file == null || file.uploadedFile() == null || file.size() == 0) {
                throw new ProblemException(400, "scan-missing");
            }
            certification.attachScan(account, id, Files.readAllBytes(file.uploadedFile()));
            return Response.seeOther(URI.create("/seller/certificates#certificate-" + id)).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(page(account, Form.empty(), Set.of(), Map.of(id, text(e))))
                    .build();
        }
    }

    private TemplateInstance page(long account, Form form, Set<Long> chosen, Map<Long, String> scanErrors) {
        Map<Long, String> names = catalog.ownProducts(account).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p.name, (a, b) -> a, LinkedHashMap::new));
        List<ProductChoice> products = names.entrySet().stream()
                .map(e -> new ProductChoice(e.getKey(), e.getValue(), chosen.contains(e.getKey()))).toList();
        List<Row> rows = certification.list(account, null).stream().map(certification::view)
                .map(c -> new Row(c,
                        c.productIds().stream().map(names::get).filter(n -> n != null)
                                .collect(Collectors.joining(", ")),
                        Form.show(c.issuedOn()), Form.show(c.expiresOn()), scanErrors.get(c.id())))
                .toList();
        return pages.render(Templates.certificates(pages.page(), rows, products, form));
    }

    /** The field a refusal is about: the scan for a refused file, else the field it names, else the whole form. */
    private static String field(ProblemException e) {
        if (!e.errors().isEmpty()) {
            return e.errors().get(0).field();
        }
        return e.status() == 413 || e.status() == 415 ? "file" : "";
    }

    private String text(ProblemException e) {
        String key = e.errors().isEmpty() ? e.key() : e.errors().get(0).message();
        return messages.get(pages.page().locale(), key, e.args());
    }

    private String text(String key) {
        return messages.get(pages.page().locale(), key);
    }

    private static Integer stars(String text) {
        return Optional.ofNullable(text).filter(t -> t.strip().matches("\\d{1,2}")).map(t -> Integer.valueOf(t.strip()))
                .orElse(null);
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
