package vn.chophien.integrations.common.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import vn.chophien.integrations.common.PartnerSettings;

/**
 * A partner's stand-in, answering real HTTP on its own port the way the partner does: its paths and shapes, its
 * validation, its rate limit (429 with {@code Retry-After}), its latency, and failures on request. Started by the
 * partner's adapter when no base URL is configured (the README's run and the tests), or on its own by a test that
 * outlives the service. Its {@code /_sim/} paths are for tests and the curious: {@code POST /_sim/faults} to make it
 * fail, {@code GET /_sim/requests} to see what it received when, and the partner's own (listings, orders).
 */
public abstract class PartnerSimulator {

    private static final Logger LOG = Logger.getLogger(PartnerSimulator.class);

    protected final Vertx vertx;
    protected final PartnerSettings.Simulator settings;
    protected final Faults faults = new Faults();
    private final SlidingWindow window;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile HttpServer server;
    private volatile String baseUrl;

    /** One request the simulator received: when (epoch ms), method and path. */
    public record Received(long at, String method, String path) {
    }

    protected PartnerSimulator(Vertx vertx, PartnerSettings.Simulator settings) {
        this.vertx = vertx;
        this.settings = settings;
        this.window = new SlidingWindow(settings.ratePerSecond());
    }

    /** The partner's name, for logs. */
    protected abstract String name();

    /** The partner's own paths. */
    protected abstract void routes(Router router);

    /** The partner's own {@code /_sim/} paths (its listings, its shoppers' orders). */
    protected void controls(Router router) {
    }

    /** Anything to begin once listening (a shopper's timer). */
    protected void onStarted() {
    }

    /** Starts listening once; returns its base URL. */
    public synchronized String start() {
        if (baseUrl != null) {
            return baseUrl;
        }
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create().setBodyLimit(4_000_000));
        router.post("/_sim/faults").handler(this::addFault);
        router.delete("/_sim/faults").handler(ctx -> {
            faults.clear();
            ctx.response().setStatusCode(204).end();
        });
        router.get("/_sim/requests").handler(this::listRequests);
        router.delete("/_sim/requests").handler(ctx -> {
            received.clear();
            ctx.response().setStatusCode(204).end();
        });
        controls(router);
        router.route().handler(this::gate);
        routes(router);
        server = vertx.createHttpServer().requestHandler(router).listen(settings.port(), "127.0.0.1")
                .toCompletionStage().toCompletableFuture().join();
        baseUrl = "http://127.0.0.1:" + server.actualPort();
        LOG.infof("The %s simulator answers at %s", name(), baseUrl);
        onStarted();
        return baseUrl;
    }

    public synchronized void stop() {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().join();
            server = null;
            baseUrl = null;
        }
    }

    public Optional<String> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /** What the partner's paths go through first: the log, the faults asked for, the rate limit, the latency. */
    private void gate(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        received.add(new Received(System.currentTimeMillis(), ctx.request().method().name(), path));
        Optional<Faults.Fault> fault = faults.take(path, Faults.Mode.UNAVAILABLE, Faults.Mode.RATE_LIMITED,
                Faults.Mode.TIMEOUT, Faults.Mode.SLOW);
        if (fault.isPresent()) {
            Faults.Fault f = fault.get();
            switch (f.mode()) {
                case UNAVAILABLE -> {
                    if (f.retryAfterSeconds() > 0) {
                        ctx.response().putHeader("Retry-After", Integer.toString(f.retryAfterSeconds()));
                    }
                    ctx.response().setStatusCode(503).end("Service Unavailable");
                    return;
                }
                case RATE_LIMITED -> {
                    ctx.response().putHeader("Retry-After", Integer.toString(Math.max(1, f.retryAfterSeconds())))
                            .setStatusCode(429).end("Too Many Requests");
                    return;
                }
                case TIMEOUT -> {
                    // never answers; the connection is closed after a minute, long after any caller gave up
                    vertx.setTimer(60_000, id -> ctx.response().reset());
                    return;
                }
                default -> {
                    vertx.setTimer(Math.max(1, f.delayMs()), id -> pass(ctx));
                    return;
                }
            }
        }
        pass(ctx);
    }

    private void pass(RoutingContext ctx) {
        if (!window.tryAcquire(System.currentTimeMillis())) {
            ctx.response().putHeader("Retry-After", "1").setStatusCode(429).end("Too Many Requests");
            return;
        }
        long latency = settings.latency().toMillis();
        if (latency > 0) {
            vertx.setTimer(latency, id -> ctx.next());
        } else {
            ctx.next();
        }
    }

    /** The refusal a test asked for, if any, for a request to this path. */
    protected Optional<Faults.Fault> rejection(String path) {
        return faults.take(path, Faults.Mode.REJECT);
    }

    private void addFault(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        Faults.Mode mode;
        try {
            mode = Faults.Mode.valueOf(body.getString("mode", ""));
        } catch (IllegalArgumentException e) {
            ctx.response().setStatusCode(400).end("mode is one of UNAVAILABLE, SLOW, TIMEOUT, RATE_LIMITED, REJECT");
            return;
        }
        long seconds = body.getLong("seconds", 0L);
        faults.add(new Faults.Fault(mode, seconds > 0 ? System.currentTimeMillis() + seconds * 1000 : 0,
                body.getInteger("requests", -1), body.getLong("delayMs", 0L), body.getInteger("retryAfterSeconds", 0),
                body.getString("message", ""), body.getString("path", "")));
        ctx.response().setStatusCode(204).end();
    }

    private void listRequests(RoutingContext ctx) {
        String path = Optional.ofNullable(ctx.request().getParam("path")).orElse("");
        List<JsonObject> rows = new ArrayList<>();
        for (Received r : received) {
            if (r.path().contains(path)) {
                rows.add(new JsonObject().put("at", r.at()).put("method", r.method()).put("path", r.path()));
            }
        }
        json(ctx, 200, new JsonArray(rows));
    }

    protected static void json(RoutingContext ctx, int status, Object body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(body instanceof JsonObject o
                        ? o.encode()
                        : body instanceof JsonArray a ? a.encode() : Json.encode(body));
    }
}
