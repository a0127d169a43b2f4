package vn.chophien.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Exists only in tests: a bug that escapes as an exception whose message must not reach the client. */
@Path("/api/test-only/failure")
public class FailingResource {

    @GET
    public String fail() {
        throw new IllegalStateException("SELECT password_hash FROM account WHERE phone = '+84912345678'");
    }
}
