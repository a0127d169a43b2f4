package vn.chophien.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many wrong passwords a phone and a client address may try before each next try must wait. */
@ConfigMapping(prefix = "chophien.login")
public interface LoginConfig {

    /** Failed sign-ins for one phone before the next try must wait. */
    @WithDefault("5")
    int maxFailures();

    /** Failed sign-ins from one client address (over any phones) before its next try must wait. */
    @WithDefault("20")
    int addressMaxFailures();

    /** The first wait once the failures are used up; it doubles with each further failure. */
    @WithDefault("PT30S")
    Duration firstDelay();

    /** The longest wait, however many failures: the owner of a phone under attack is never locked out for longer. */
    @WithDefault("PT15M")
    Duration maxDelay();

    /** Failures older than this (counted from the last one) are forgotten. */
    @WithDefault("PT15M")
    Duration window();
}
