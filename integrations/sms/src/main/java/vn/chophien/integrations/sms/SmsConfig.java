package vn.chophien.integrations.sms;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The SMS gateway, {@code chophien.sms.*}. */
@ConfigMapping(prefix = "chophien.sms")
public interface SmsConfig {

    /** The gateway's base URL (it takes {@code POST <base>/messages}); unset starts the simulator and uses it. */
    Optional<String> baseUrl();

    /** The key the gateway issued to us, sent as a bearer token; from the environment. */
    Optional<String> apiKey();

    /** The brand name messages come from, as registered with the networks. */
    @WithDefault("CHOPHIEN")
    String sender();

    /** How long a send may take before it counts as failed. */
    @WithDefault("PT5S")
    Duration timeout();

    /** The simulator's port; 0 takes a free one. */
    @WithDefault("0")
    int simulatorPort();
}
