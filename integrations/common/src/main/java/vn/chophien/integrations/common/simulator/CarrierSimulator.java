package vn.chophien.integrations.common.simulator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import vn.chophien.integrations.common.PartnerSettings;
import vn.chophien.web.VietnamClock;

/**
 * A carrier's stand-in: it takes shipments, then moves each parcel through a life of the carrier's own codes (picked
 * up, sorting centres, out for delivery, sometimes a failed attempt and a second try, delivered or returned, and the
 * cash on delivery paid over), pushing each step to the service the carrier's way, sometimes twice and sometimes out
 * of order, as real carriers do. In the README's run it moves every parcel a step every {@code step-every}; tests
 * move them step by step through {@code POST /_sim/parcels/{ref}/steps}.
 */
public abstract class CarrierSimulator extends PartnerSimulator {

    /** How a parcel's life goes. */
    public enum Life {
        DELIVERED, DELIVERED_AFTER_A_FAILED_ATTEMPT, RETURNED
    }

    /** One step of a life: the carrier's code and words, where it happened, and the cash it records. */
    public record Step(String code, String text, String place, long codCollected, long codPaid) {
    }

    /** A step as it happened: when, by Vietnam's clock (a second after the one before, at least). */
    public record Taken(Step step, LocalDateTime at) {
    }

    /** A shipment the carrier took: its reference there, ours, the cash to collect, its life and where it is in it. */
    protected static final class Shipment {
        public final String carrierRef;
        public final String ourRef;
        public final long cod;
        public final JsonObject request;
        volatile Life life;
        volatile int next;
        volatile boolean cancelled;
        LocalDateTime last = LocalDateTime.MIN;

        Shipment(String carrierRef, String ourRef, long cod, JsonObject request, Life life) {
            this.carrierRef = carrierRef;
            this.ourRef = ourRef;
            this.cod = cod;
            this.request = request;
            this.life = life;
        }
    }

    private final Map<String, Shipment> shipments = new ConcurrentHashMap<>();
    private final Map<String, String> byOurRef = new ConcurrentHashMap<>();
    private volatile double duplicates = 0.2;
    private volatile double reorders = 0.2;

    protected CarrierSimulator(Vertx vertx, PartnerSettings.Simulator settings) {
        super(vertx, settings);
    }

    /** The steps of a life, in the carrier's codes. */
    protected abstract List<Step> steps(Shipment shipment, Life life);

    /** Pushes one step to the service the carrier's way. */
    protected abstract void push(Shipment shipment, Taken step);

    /** Takes a shipment once per our reference (a retried create gets the same reference back). */
    protected Shipment take(String ourRef, long cod, JsonObject request, Supplier<String> newRef) {
        synchronized (shipments) {
            String known = byOurRef.get(ourRef);
            if (known != null) {
                return shipments.get(known);
            }
            Life life = ThreadLocalRandom.current().nextInt(10) < 2
                    ? Life.DELIVERED_AFTER_A_FAILED_ATTEMPT
                    : ThreadLocalRandom.current().nextInt(10) < 1 ? Life.RETURNED : Life.DELIVERED;
            Shipment shipment = new Shipment(newRef.get(), ourRef, cod, request, life);
            shipments.put(shipment.carrierRef, shipment);
            byOurRef.put(ourRef, shipment.carrierRef);
            return shipment;
        }
    }

    protected Optional<Shipment> shipment(String carrierRef) {
        return Optional.ofNullable(shipments.get(carrierRef));
    }

    protected Optional<Shipment> shipmentByOurRef(String ourRef) {
        return Optional.ofNullable(byOurRef.get(ourRef)).map(shipments::get);
    }

    @Override
    protected void controls(Router router) {
        router.get("/_sim/parcels/:ref").handler(ctx -> find(ctx).ifPresent(s -> json(ctx, 200, view(s))));
        router.post("/_sim/parcels/:ref/life").handler(ctx -> find(ctx).ifPresent(s -> {
            s.life = Life.valueOf(ctx.body().asJsonObject().getString("life"));
            json(ctx, 200, view(s));
        }));
        router.post("/_sim/parcels/:ref/steps").handler(ctx -> find(ctx).ifPresent(s -> {
            JsonObject body = ctx.body().asJsonObject() == null ? new JsonObject() : ctx.body().asJsonObject();
            List<Taken> taken = advance(s, body.getInteger("count", 1));
            if ("REVERSED".equals(body.getString("order"))) {
                Collections.reverse(taken);
            }
            for (Taken step : taken) {
                push(s, step);
                if (body.getBoolean("twice", false)) {
                    push(s, step);
                }
            }
            json(ctx, 200, view(s));
        }));
        router.post("/_sim/pushes").handler(ctx -> {
            JsonObject body = ctx.body().asJsonObject();
            duplicates = body.getDouble("duplicates", duplicates);
            reorders = body.getDouble("reorders", reorders);
            ctx.response().setStatusCode(204).end();
        });
    }

    @Override
    protected void onStarted() {
        long every = settings.stepEvery().toMillis();
        if (every > 0) {
            vertx.setPeriodic(every, id -> shipments.values().forEach(this::stepNow));
        }
    }

    /** One step of one parcel as the timer takes it: sometimes sent twice, sometimes held and sent after the next. */
    private void stepNow(Shipment shipment) {
        List<Taken> taken = advance(shipment, ThreadLocalRandom.current().nextDouble() < reorders ? 2 : 1);
        if (taken.size() == 2) {
            Collections.reverse(taken);
        }
        for (Taken step : taken) {
            push(shipment, step);
            if (ThreadLocalRandom.current().nextDouble() < duplicates) {
                push(shipment, step);
            }
        }
    }

    private List<Taken> advance(Shipment shipment, int count) {
        List<Step> life = steps(shipment, shipment.life);
        List<Taken> taken = new ArrayList<>();
        synchronized (shipment) {
            while (!shipment.cancelled && taken.size() < count && shipment.next < life.size()) {
                LocalDateTime now = LocalDateTime.now(VietnamClock.ZONE).withNano(0);
                shipment.last = now.isAfter(shipment.last) ? now : shipment.last.plusSeconds(1);
                taken.add(new Taken(life.get(shipment.next++), shipment.last));
            }
        }
        return taken;
    }

    private Optional<Shipment> find(RoutingContext ctx) {
        String ref = ctx.pathParam("ref");
        Shipment shipment = shipments.get(ref);
        if (shipment == null && byOurRef.containsKey(ref)) {
            shipment = shipments.get(byOurRef.get(ref));
        }
        if (shipment == null) {
            json(ctx, 404, new JsonObject().put("message", "no such parcel"));
        }
        return Optional.ofNullable(shipment);
    }

    private JsonObject view(Shipment s) {
        List<Step> life = steps(s, s.life);
        return new JsonObject().put("carrierRef", s.carrierRef).put("ourRef", s.ourRef).put("cod", s.cod)
                .put("life", s.life.name()).put("next", s.next).put("steps", life.size()).put("cancelled", s.cancelled)
                .put("request", s.request);
    }

    /** A parcel cancelled before it moved stops there. */
    protected boolean cancel(Shipment shipment) {
        synchronized (shipment) {
            if (shipment.next > 1) {
                return false;
            }
            shipment.cancelled = true;
            return true;
        }
    }
}
