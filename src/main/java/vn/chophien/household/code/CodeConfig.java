package vn.chophien.household.code;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** One-time sign-in codes, {@code chophien.households.codes.*}. */
@ConfigMapping(prefix = "chophien.households.codes")
public interface CodeConfig {

    /** How long a code is good for. */
    @WithDefault("PT10M")
    Duration lifetime();

    /** Wrong tries a code survives; after that it is spent and a new one must be asked for. */
    @WithDefault("5")
    int maxTries();

    /** Codes sent to one phone within {@link #sendWindow()}. */
    @WithDefault("3")
    int sendsPerPhone();

    /** Codes one helper has sent, to any phones, within {@link #sendWindow()}. */
    @WithDefault("30")
    int sendsPerHelper();

    /** The window the send limits count over. */
    @WithDefault("PT1H")
    Duration sendWindow();
}
