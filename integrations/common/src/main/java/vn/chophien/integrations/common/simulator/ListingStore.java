package vn.chophien.integrations.common.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * What a simulated marketplace keeps of our listings: one per our key, with the id it gave, the version it holds (an
 * older one changes nothing, so its copy never goes backwards), how many times it created it (once, if every retry
 * upserts as it should) and how many sends it received for it.
 */
public final class ListingStore {

    /** What an upsert did: the marketplace's id, and whether this call created the listing. */
    public record Upserted(String id, boolean created) {
    }

    private final String idPrefix;
    private final String idField;
    private final AtomicLong ids;
    private final Map<String, JsonObject> listings = new ConcurrentHashMap<>();
    private final Map<String, Integer> creations = new ConcurrentHashMap<>();
    private final Map<String, Integer> sends = new ConcurrentHashMap<>();

    /** {@code idField} names the marketplace's id in a kept listing; ids are the prefix and a counter from start. */
    public ListingStore(String idPrefix, String idField, long start) {
        this.idPrefix = idPrefix;
        this.idField = idField;
        this.ids = new AtomicLong(start);
    }

    /** Keeps the listing under its key, unless it holds a newer version; answers the marketplace's id for it. */
    public synchronized Upserted upsert(String key, long version, JsonObject listing) {
        sends.merge(key, 1, Integer::sum);
        JsonObject held = listings.get(key);
        if (held == null) {
            creations.merge(key, 1, Integer::sum);
            String id = idPrefix + ids.incrementAndGet();
            listings.put(key, listing.copy().put(idField, id).put("version", version));
            return new Upserted(id, true);
        }
        if (version >= held.getLong("version", 0L)) {
            listings.put(key, listing.copy().put(idField, held.getString(idField)).put("version", version));
        }
        return new Upserted(held.getString(idField), false);
    }

    public Optional<JsonObject> get(String key) {
        return Optional.ofNullable(listings.get(key)).map(l -> l.copy().put("creations", creations.getOrDefault(key, 0))
                .put("sends", sends.getOrDefault(key, 0)));
    }

    /** The listing its marketplace id names, for a partner that addresses listings by its own id. */
    public Optional<String> keyOfId(String id) {
        return listings.entrySet().stream().filter(e -> id.equals(e.getValue().getString(idField)))
                .map(Map.Entry::getKey).findFirst();
    }

    public JsonArray all() {
        return new JsonArray(new ArrayList<>(listings.values()));
    }

    /** A pack a shopper could buy now: from a listing for which {@code active} holds, with stock; empty if none. */
    public Optional<JsonObject> anyPackInStock(Predicate<JsonObject> active, String packsField, String stockField) {
        List<JsonObject> packs = new ArrayList<>();
        for (JsonObject listing : listings.values()) {
            if (active.test(listing) && listing.getJsonArray(packsField) != null) {
                for (Object pack : listing.getJsonArray(packsField)) {
                    if (((JsonObject) pack).getInteger(stockField, 0) > 0) {
                        packs.add((JsonObject) pack);
                    }
                }
            }
        }
        return packs.isEmpty()
                ? Optional.empty()
                : Optional.of(packs.get(ThreadLocalRandom.current().nextInt(packs.size())));
    }
}
