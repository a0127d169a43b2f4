package vn.chophien.household.code;

import java.net.URI;

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

import vn.chophien.account.AccountViews;
import vn.chophien.web.Form;
import vn.chophien.web.Languages;
import vn.chophien.web.Messages;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;
import vn.chophien.web.SessionCookie;

/**
 * The household's side, without JavaScript: signing in with a code texted to its phone (how it takes its account
 * over), and its helper's page: who helps, what they did, and the choice to keep them.
 */
/** Signing in with a code texted to the phone, without JavaScript: how a household takes its account over. */
@Path("/login/code")
@Produces(MediaType.TEXT_HTML)
public class CodePages {

    @CheckedTemplate(basePath = "household")
    static class Templates {
        static native TemplateInstance code(Page page, Form form, boolean sent);
    }

    private final CodeSignIn codes;
    private final Pages pages;
    private final Validator validator;
    private final Messages messages;
    private final HttpHeaders headers;

    CodePages(CodeSignIn codes, Pages pages, Validator validator, Messages messages, HttpHeaders headers) {
        this.codes = codes;
        this.pages = pages;
        this.validator = validator;
        this.messages = messages;
        this.headers = headers;
    }

    @GET
    public TemplateInstance codeForm() {
        return pages.render(Templates.code(pages.page(), Form.empty(), false));
    }

    @POST
    @Path("send")
    public Response send(@RestForm String phone) {
        Form form = Form.of("phone", phone).check(validator, new CodeRequests.SendCode(phone));
        if (!form.valid()) {
            return page(400, Templates.code(pages.page(), form, false));
        }
        try {
            codes.sendToHousehold(phone);
            return page(200, Templates.code(pages.page(), form, true));
        } catch (ProblemException e) {
            return page(e.status(), Templates.code(pages.page(), form.reject("", text(e)), false));
        }
    }

    @POST
    public Response signIn(@RestForm String phone, @RestForm String code, @RestForm String newPassword) {
        CodeRequests.SignIn request = new CodeRequests.SignIn(phone, code,
                newPassword == null || newPassword.isEmpty() ? null : newPassword);
        Form form = Form.of("phone", phone).check(validator, request);
        if (!form.valid()) {
            return page(400, Templates.code(pages.page(), form, true));
        }
        try {
            AccountViews.Token token = codes.signIn(request);
            return Response.seeOther(URI.create("/seller/helper"))
                    .cookie(SessionCookie.of(token.accessToken(), token.expiresIn())).build();
        } catch (ProblemException e) {
            return page(e.status(), Templates.code(pages.page(), form.reject("", text(e)), true));
        }
    }

    private String text(ProblemException e) {
        String key = e.errors().isEmpty() ? e.key() : e.errors().get(0).message();
        return messages.get(Languages.of(headers), key, e.args());
    }

    private Response page(int status, TemplateInstance template) {
        return Response.status(status).entity(pages.render(template)).build();
    }
}
