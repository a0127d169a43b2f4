package vn.chophien.web;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** The HTML page shown when a page request fails. */
@ApplicationScoped
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private final Template error;

    ErrorPages(@Location("web/error.html") Template error) {
        this.error = error;
    }

    public String render(Locale locale, int status, String detail, List<Problem.FieldError> errors) {
        try {
            return page(locale, status, detail, errors);
        } catch (RuntimeException e) {
            // The layout itself failed: answer without it rather than not at all.
            LOG.error("The error page could not be rendered", e);
            return "<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>" + status + "</title><h1>" + status
                    + "</h1><p><a href=\"/\">Chợ Phiên</a></p></html>";
        }
    }

    private String page(Locale locale, int status, String detail, List<Problem.FieldError> errors) {
        return error.instance().data("page", new Page(locale, null, "", false, false, false, false, 0))
                .data("status", status).data("detail", detail).data("errors", errors == null ? List.of() : errors)
                .setLocale(locale).render();
    }
}
