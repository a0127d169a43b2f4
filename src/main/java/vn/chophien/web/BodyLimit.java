package vn.chophien.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How large a body this endpoint takes, when not the small default every other endpoint gets
 * ({@code chophien.body-limit.default}, 64 KB: enough for any JSON document or form we accept). Only uploads and bulk
 * endpoints carry it, so the list of exceptions is this annotation's usages. The value is a size as configuration
 * writes it ({@code 12M}, {@code 512K}); it cannot exceed {@code quarkus.http.limits.max-body-size}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BodyLimit {

    /** Photos and certificate scans: the service refuses images over 10 MB itself, with a message of its own. */
    String UPLOAD = "12M";

    String value();
}
