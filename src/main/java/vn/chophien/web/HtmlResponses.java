package vn.chophien.web;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/**
 * Pages with an ETag of their own bytes: a phone that already has the page gets a 304 with no body, which on 3G is
 * most of the wait. Pages differ per visitor (name, language), so caches may keep them only privately.
 */
public final class HtmlResponses {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private HtmlResponses() {
    }

    public static Response etagged(Request request, TemplateInstance page) {
        return etagged(request, page.render(), 200);
    }

    public static Response etagged(Request request, String html, int status) {
        return etagged(request, html.getBytes(StandardCharsets.UTF_8), status);
    }

    /** A page already encoded as UTF-8. */
    public static Response etagged(Request request, byte[] body, int status) {
        EntityTag tag = new EntityTag(digest(body));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        Response.ResponseBuilder notModified = status == 200 ? request.evaluatePreconditions(tag) : null;
        Response.ResponseBuilder response = notModified != null
                ? notModified
                : Response.status(status).entity(body).type(HTML);
        return response.tag(tag).cacheControl(cache).header("Vary", "Cookie, Accept-Language").build();
    }

    /**
     * 64 bits of two checksums the processor computes in hardware, with the length. A tag only has to tell one version
     * of a page from another for the same visitor, not resist forgery; SHA-256 was a twentieth of an uncached page.
     */
    static String digest(byte[] body) {
        CRC32C first = new CRC32C();
        first.update(body);
        CRC32 second = new CRC32();
        second.update(body);
        long bits = first.getValue() << 32 | second.getValue();
        return Long.toUnsignedString(bits, 36) + "-" + Integer.toUnsignedString(body.length, 36);
    }
}
