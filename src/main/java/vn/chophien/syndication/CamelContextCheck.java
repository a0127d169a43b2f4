package vn.chophien.syndication;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.CamelContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the Camel context that carries partner traffic has started. */
@Readiness
@ApplicationScoped
public class CamelContextCheck implements HealthCheck {

    private final CamelContext camel;

    CamelContextCheck(CamelContext camel) {
        this.camel = camel;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("camel-context").status(camel.getStatus().isStarted())
                .withData("name", camel.getName()).withData("status", camel.getStatus().name()).build();
    }
}
