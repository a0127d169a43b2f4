package vn.chophien.campaign.web;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Validator;

import vn.chophien.web.Form;
import vn.chophien.web.Messages;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;

/** Turns what the campaign forms sent into requests' checks, and a service's refusal into the form's error. */
@RequestScoped
class PageForms {

    private final Validator validator;
    private final Messages messages;
    private final Pages pages;

    PageForms(Validator validator, Messages messages, Pages pages) {
        this.validator = validator;
        this.messages = messages;
        this.pages = pages;
    }

    <T> Form check(Form form, T request) {
        return form.check(validator, request);
    }

    /** The refusal next to its field (or over the whole form), in the page's language. */
    Form refused(Form form, ProblemException e) {
        String field = e.errors().isEmpty() ? "" : e.errors().get(0).field();
        String key = e.errors().isEmpty() ? e.key() : e.errors().get(0).message();
        return form.withErrors(Map.of(field, messages.get(pages.page().locale(), key, e.args())));
    }

    static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.parseLong(text.strip().replace(".", ""));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
