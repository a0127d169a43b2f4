package vn.chophien.household;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.household.code.CodeSignIn;
import vn.chophien.web.Form;
import vn.chophien.web.Languages;
import vn.chophien.web.Messages;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;

/** The helper's desk: its households, signing a new one up, texting one its sign-in code. */
@Path("/helper")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"POSTAL_STAFF", "OCOP_OFFICER"})
public class HelperPages {

    @CheckedTemplate(basePath = "household")
    static class Templates {
        static native TemplateInstance helper(Page page, HouseholdViews.Page<HouseholdViews.Managed> households,
                Form form, String registered, boolean sent, String error);
    }

    private final HouseholdService households;
    private final CodeSignIn codes;
    private final Pages pages;
    private final Validator validator;
    private final Messages messages;
    private final HttpHeaders headers;
    private final SecurityIdentity identity;

    HelperPages(HouseholdService households, CodeSignIn codes, Pages pages, Validator validator, Messages messages,
            HttpHeaders headers, SecurityIdentity identity) {
        this.households = households;
        this.codes = codes;
        this.pages = pages;
        this.validator = validator;
        this.messages = messages;
        this.headers = headers;
        this.identity = identity;
    }

    @GET
    public TemplateInstance desk(@QueryParam("sent") boolean sent) {
        return desk(Form.empty(), null, sent, null);
    }

    @POST
    @Path("households")
    public Response register(@RestForm String phone, @RestForm String name, @RestForm String communeCode,
            @RestForm String village) {
        HouseholdRequests.Register request = new HouseholdRequests.Register(phone, name, communeCode, village);
        Form form = Form.of("phone", phone, "name", name, "communeCode", communeCode, "village", village)
                .check(validator, request);
        if (form.valid()) {
            try {
                households.register(CurrentAccount.id(identity), request);
                return Response.ok(desk(Form.empty(), request.name(), false, null)).build();
            } catch (ProblemException e) {
                String field = e.errors().isEmpty() ? "" : e.errors().get(0).field();
                form.reject(field, text(e));
                return Response.status(e.status()).entity(desk(form, null, false, null)).build();
            }
        }
        return Response.status(400).entity(desk(form, null, false, null)).build();
    }

    @POST
    @Path("households/{sellerId}/code")
    public Response sendCode(@PathParam("sellerId") long sellerId) {
        try {
            codes.sendByHelper(CurrentAccount.id(identity), sellerId);
            return Response.seeOther(URI.create("/helper?sent=true")).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(desk(Form.empty(), null, false, text(e))).build();
        }
    }

    private TemplateInstance desk(Form form, String registered, boolean sent, String error) {
        return pages.render(Templates.helper(pages.page(), households.managedBy(CurrentAccount.id(identity), 0, 200),
                form, registered, sent, error));
    }

    private String text(ProblemException e) {
        String key = e.errors().isEmpty() ? e.key() : e.errors().get(0).message();
        return messages.get(Languages.of(headers), key, e.args());
    }
}
