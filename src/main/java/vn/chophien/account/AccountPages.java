package vn.chophien.account;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

import vn.chophien.web.ClientAddress;
import vn.chophien.web.Form;
import vn.chophien.web.Languages;
import vn.chophien.web.LocalPath;
import vn.chophien.web.Messages;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.Problem;
import vn.chophien.web.ProblemException;
import vn.chophien.web.SessionCookie;

/** Sign-in, registration and sign-out as plain HTML forms that work without JavaScript. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @CheckedTemplate(basePath = "account")
    static class Templates {
        static native TemplateInstance login(Page page, Form form, String next, boolean registered);

        static native TemplateInstance register(Page page, Form form);
    }

    private final AccountService accounts;
    private final Pages pages;
    private final Validator validator;
    private final Messages messages;
    private final HttpHeaders headers;
    private final Sessions sessions;
    private final ClientAddress clients;
    private final SecurityIdentity identity;

    AccountPages(AccountService accounts, Pages pages, Validator validator, Messages messages, HttpHeaders headers,
            Sessions sessions, SecurityIdentity identity, ClientAddress clients) {
        this.clients = clients;
        this.sessions = sessions;
        this.identity = identity;
        this.accounts = accounts;
        this.pages = pages;
        this.validator = validator;
        this.messages = messages;
        this.headers = headers;
    }

    @GET
    @Path("login")
    public TemplateInstance loginForm(@QueryParam("next") String next, @QueryParam("registered") boolean registered) {
        return pages.render(Templates.login(pages.page(), Form.empty(), LocalPath.orHome(next), registered));
    }

    @POST
    @Path("login")
    public Response login(@RestForm String phone, @RestForm String password, @RestForm String next,
            @Context HttpServerRequest request) {
        AccountRequests.Login login = new AccountRequests.Login(phone, password);
        Map<String, String> values = Map.of("phone", phone == null ? "" : phone);
        Form invalid = check(login, values);
        if (invalid != null) {
            return page(400, Templates.login(pages.page(), invalid, LocalPath.orHome(next), false));
        }
        try {
            AccountViews.Token token = accounts.login(login, clients.of(request));
            return Response.seeOther(URI.create(LocalPath.orHome(next)))
                    .cookie(SessionCookie.of(token.accessToken(), token.expiresIn())).build();
        } catch (ProblemException e) {
            Form failed = new Form(values, Map.of("", text(e)));
            Response.ResponseBuilder response = Response.status(e.status())
                    .entity(pages.render(Templates.login(pages.page(), failed, LocalPath.orHome(next), false)));
            e.headers().forEach(response::header);
            return response.build();
        }
    }

    @GET
    @Path("register")
    public TemplateInstance registerForm(@QueryParam("role") String role) {
        Form form = new Form(Map.of("role", "SELLER".equals(role) ? "SELLER" : "BUYER"), Map.of());
        return pages.render(Templates.register(pages.page(), form));
    }

    @POST
    @Path("register")
    public Response register(@RestForm String phone, @RestForm String password, @RestForm String name,
            @RestForm String role) {
        Role chosen = "SELLER".equals(role) ? Role.SELLER : Role.BUYER;
        AccountRequests.Register request = new AccountRequests.Register(phone, password, name, chosen);
        Map<String, String> values = Map.of("phone", phone == null ? "" : phone, "name", name == null ? "" : name,
                "role", chosen.name());
        Form invalid = check(request, values);
        if (invalid != null) {
            return page(400, Templates.register(pages.page(), invalid));
        }
        try {
            accounts.register(request);
            return Response.seeOther(URI.create("/login?registered=true")).build();
        } catch (ProblemException e) {
            String field = e.errors().isEmpty() ? "" : e.errors().get(0).field();
            return page(e.status(), Templates.register(pages.page(), new Form(values, Map.of(field, text(e)))));
        }
    }

    @POST
    @Path("logout")
    public Response logout() {
        CurrentAccount.session(identity).ifPresent(sessions::revoke);
        return Response.seeOther(URI.create("/")).cookie(SessionCookie.cleared()).build();
    }

    private <T> Form check(T request, Map<String, String> values) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            return null;
        }
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<T> v : violations) {
            errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
        }
        return new Form(values, errors);
    }

    private String text(ProblemException e) {
        List<Problem.FieldError> errors = e.errors();
        String key = errors.isEmpty() ? e.key() : errors.get(0).message();
        return messages.get(Languages.of(headers), key, e.args());
    }

    private Response page(int status, TemplateInstance template) {
        return Response.status(status).entity(pages.render(template)).build();
    }
}
