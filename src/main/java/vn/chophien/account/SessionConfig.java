package vn.chophien.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sign-in sessions: how their cookie travels and how soon a revocation reaches every copy of the service. */
@ConfigMapping(prefix = "chophien.session")
public interface SessionConfig {

    /** Mark the session, CSRF and cart cookies {@code Secure} even on plain http (always so when the public URL is https). */
    @WithDefault("false")
    boolean secureCookie();

    /** How long a copy of the service trusts what it last read of a session before asking the database again. */
    @WithDefault("PT5S")
    Duration recheckAfter();
}
