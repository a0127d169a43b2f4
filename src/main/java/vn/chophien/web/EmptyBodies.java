package vn.chophien.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An action posted with no body at all ({@code POST /api/orders/7/cancel}) carries no Content-Type, or a form's by
 * default; it is read as an empty JSON body, so its optional fields are simply absent, rather than refused with 415.
 */
public class EmptyBodies {

    @ServerRequestFilter(preMatching = true)
    public void treatAsJson(ContainerRequestContext request) {
        boolean api = request.getUriInfo().getPath().startsWith("/api/");
        MediaType type = request.getMediaType();
        boolean untyped = type == null || MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type);
        if (api && untyped && "0".equals(emptyOr(request))
                && ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    /** "0" when the request says it has no body, or says nothing about one and is not chunked. */
    private static String emptyOr(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null && request.getHeaderString("Transfer-Encoding") == null) {
            return "0";
        }
        return length;
    }
}
