package vn.chophien.integrations.sms;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * An SMS gateway's stand-in on its own port: takes {@code POST /messages} like the real one, logs each text (on a
 * newcomer's machine that is where a sign-in code is read), and lists what it received at
 * {@code GET /_sim/messages?to=+84…}, newest last, for tests.
 */
@ApplicationScoped
public class SmsSimulator {

    private static final Logger LOG = Logger.getLogger(SmsSimulator.class);
    private static final int KEPT = 1000;

    private final Vertx vertx;
    private final SmsConfig config;
    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private volatile HttpServer server;
    private volatile String baseUrl;

    SmsSimulator(Vertx vertx, SmsConfig config) {
        this.vertx = vertx;
        this.config = config;
    }

    /** Starts listening once; its base URL. */
    public synchronized String start() {
        if (baseUrl != null) {
            return baseUrl;
        }
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create().setBodyLimit(16_384));
        router.post("/messages").handler(ctx -> {
            JsonObject message = ctx.body().asJsonObject();
            if (message == null || message.getString("to") == null || message.getString("text") == null) {
                ctx.response().setStatusCode(400).end("to and text are required");
                return;
            }
            if (received.size() >= KEPT) {
                received.remove(0);
            }
            received.add(message);
            LOG.infof("SMS to %s: %s", message.getString("to"), message.getString("text"));
            ctx.response().setStatusCode(202).putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("accepted", true).encode());
        });
        router.get("/_sim/messages").handler(ctx -> {
            String to = ctx.request().getParam("to");
            JsonArray list = new JsonArray();
            received.stream().filter(m -> to == null || to.equals(m.getString("to"))).forEach(list::add);
            ctx.response().putHeader("Content-Type", "application/json").end(list.encode());
        });
        server = vertx.createHttpServer().requestHandler(router).listen(config.simulatorPort(), "127.0.0.1")
                .toCompletionStage().toCompletableFuture().join();
        baseUrl = "http://127.0.0.1:" + server.actualPort();
        LOG.infof("The SMS simulator answers at %s", baseUrl);
        return baseUrl;
    }

    @PreDestroy
    synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
            baseUrl = null;
        }
    }
}
