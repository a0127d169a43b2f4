package vn.chophien.syndication;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import org.apache.camel.component.http.HttpComponent;

/**
 * The HTTP client partner routes call with. Its own automatic retries are off: Apache HttpClient 5.5 honours
 * {@code Retry-After} by itself and would park a thread for as long as a partner says (an hour); retries belong to
 * {@link PartnerPolicy} and the outbox.
 */
public class PartnerHttp {

    @Produces
    @Singleton
    @Named("http")
    HttpComponent http(PartnerConfig config) {
        HttpComponent http = new HttpComponent();
        http.setHttpClientConfigurer(builder -> builder.disableAutomaticRetries().disableCookieManagement());
        http.setConnectTimeout(config.connectTimeout().toMillis());
        http.setConnectionRequestTimeout(config.connectTimeout().toMillis());
        http.setMaxTotalConnections(64);
        http.setConnectionsPerRoute(16);
        return http;
    }
}
