package vn.chophien.fulfillment.office;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.chophien.tracking.carrier.StaleParcels;
import vn.chophien.web.Form;
import vn.chophien.web.Languages;
import vn.chophien.web.Messages;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;

/**
 * An ADMIN's page of post offices: the list with their communes, the parcels their carriers went quiet about, and the
 * form that opens one.
 */
@Path("/admin/post-offices")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("ADMIN")
public class OfficePages {

    @CheckedTemplate(basePath = "fulfillment")
    static class Templates {
        static native TemplateInstance offices(Page page, List<PostOfficeView> offices, List<QuietParcel> stale,
                Form form);
    }

    /** A parcel gone quiet, with the office that handed it over. */
    public record QuietParcel(PostOfficeView office, StaleParcels.Stale parcel) {
    }

    private final PostOfficeService offices;
    private final Pages pages;
    private final Validator validator;
    private final Messages messages;
    private final HttpHeaders headers;
    private final StaleParcels staleParcels;

    OfficePages(PostOfficeService offices, Pages pages, Validator validator, Messages messages, HttpHeaders headers,
            StaleParcels staleParcels) {
        this.staleParcels = staleParcels;
        this.offices = offices;
        this.pages = pages;
        this.validator = validator;
        this.messages = messages;
        this.headers = headers;
    }

    @GET
    public TemplateInstance list() {
        return render(Form.empty());
    }

    private TemplateInstance render(Form form) {
        List<PostOfficeView> all = offices.all();
        Map<Long, PostOfficeView> byId = all.stream()
                .collect(Collectors.toMap(PostOfficeView::id, Function.identity()));
        List<QuietParcel> stale = staleParcels.list(null).stream()
                .map(p -> new QuietParcel(byId.get(p.postOfficeId()), p)).toList();
        return pages.render(Templates.offices(pages.page(), all, stale, form));
    }

    /** Communes are typed as their five-digit codes, separated by commas or spaces. */
    @POST
    public Response create(@RestForm String code, @RestForm String name, @RestForm String address,
            @RestForm String carrier, @RestForm String communeCodes) {
        Form form = Form.of("code", code, "name", name, "address", address, "carrier", carrier, "communeCodes",
                communeCodes);
        List<String> communes = Arrays.stream(form.value("communeCodes").split("[,;\\s]+")).filter(c -> !c.isEmpty())
                .toList();
        Carrier chosen = "VIETTELPOST".equals(form.value("carrier")) ? Carrier.VIETTELPOST : Carrier.VNPOST;
        PostOfficeRequests.Create request = new PostOfficeRequests.Create(form.value("code"), form.value("name"),
                form.value("address"), chosen, communes);
        form.check(validator, request);
        if (form.valid()) {
            try {
                offices.create(request);
                return Response.seeOther(URI.create("/admin/post-offices")).build();
            } catch (ProblemException e) {
                Locale locale = Languages.of(headers);
                form.reject(e.errors().isEmpty() ? "" : "communeCodes",
                        e.errors().isEmpty()
                                ? messages.get(locale, e.key(), e.args())
                                : messages.get(locale, e.errors().get(0).message(), e.args()));
            }
        }
        return Response.status(400).entity(render(form)).build();
    }
}
