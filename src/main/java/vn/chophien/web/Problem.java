package vn.chophien.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document: what every error from {@code /api/**} and the webhooks looks like. {@code errors}
 * lists the fields that failed validation; {@code errorId} ties a 500 to the log line that explains it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, String errorId,
        @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Members particular to one kind of problem, written beside the standard ones. */
    @JsonAnyGetter
    public Map<String, Object> members() {
        return extensions;
    }

    /** One field that failed validation, named as in the request body. */
    public record FieldError(String field, String message) {
    }
}
