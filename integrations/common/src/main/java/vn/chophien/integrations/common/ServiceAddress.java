package vn.chophien.integrations.common;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.LaunchMode;

/**
 * Where this service answers on the machine, for simulators that call it back (webhooks): read when needed, because
 * with a random port (tests) it is known only once the HTTP server listens.
 */
public final class ServiceAddress {

    private ServiceAddress() {
    }

    public static String local() {
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        int port = ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(8080);
        return "http://127.0.0.1:" + port;
    }
}
