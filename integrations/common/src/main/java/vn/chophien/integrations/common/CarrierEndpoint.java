package vn.chophien.integrations.common;

import java.time.Duration;

import io.vertx.core.Vertx;

import vn.chophien.integrations.common.simulator.CarrierSimulator;
import vn.chophien.tracking.carrier.CarrierGateway;

/**
 * A carrier as the tracking sees it: its code and name, where its API is (or its simulator), and the partner account
 * we sign in with. Each carrier adds how its pushes are verified.
 */
public abstract class CarrierEndpoint<S extends CarrierSimulator> extends PartnerEndpoint<S> implements CarrierGateway {

    private final String code;
    private final String displayName;
    private final CarrierSettings settings;

    protected CarrierEndpoint(String code, String displayName, CarrierSettings settings, Vertx vertx) {
        super(settings, vertx, settings.password());
        this.code = code;
        this.displayName = displayName;
        this.settings = settings;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    /** How long one call to the carrier may take. */
    public Duration timeout() {
        return settings.timeout();
    }

    public String username() {
        return settings.username().orElse("chophien");
    }

    public String password() {
        return credential(settings.password());
    }
}
