#!/usr/bin/env bash
# Syndication benchmark: 10,000 listing changes × 3 channels (Postmart, Voso, Sendo), every simulator answering in
# 50 ms. Seeds 10,000 published products into a fresh embedded database, then commits one change to each (a stock
# move: the revision and one outbox event per channel, as the service writes them) and measures how the outbox drains:
# time to drain, events/s, requests sent, and the oldest event's lag (delivered_at - created_at, the worst any
# partner waited). Twice: once without rate limits, once at 20 requests/s per channel (the simulators enforce the same
# limit, so a request over it would come back 429), printing the busiest second seen by each simulator.
#
#   ./mvnw package -DskipTests && bench/syndication.sh
#
# SERVICE_OPTS adds JVM options or -D settings to the service; PORT (8391), CHANGES (10000), LATENCY (PT0.05S),
# RATE (20) change the run.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/service.sh

PORT=${PORT:-8391}
CHANGES=${CHANGES:-10000}
LATENCY=${LATENCY:-PT0.05S}
RATE=${RATE:-20}
DATA=target/bench-syndication
BASE="http://127.0.0.1:$PORT"
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }

sql() {
    LD_LIBRARY_PATH="$DATA/mariadb/base/libs" "$DATA/mariadb/base/bin/mariadb" --no-defaults --skip-ssl -N -B \
        --socket="$DATA/mariadb/tmp/mariadb.sock" -u root chophien "$@"
}

stop() { kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true; }
trap 'stop; rm -rf "$DATA"' EXIT

# One run: the service with these rates; one change to every product; the drain measured.
run() { # title, our rate per second, the simulators' limit per second
    echo "== $1"
    SERVICE_OPTS="${SERVICE_OPTS:-} -Dchophien.channels.postmart.rate-per-second=$2 \
        -Dchophien.channels.voso.rate-per-second=$2 -Dchophien.channels.sendo.rate-per-second=$2 \
        -Dchophien.channels.postmart.simulator.rate-per-second=$3 -Dchophien.channels.voso.simulator.rate-per-second=$3 \
        -Dchophien.channels.sendo.simulator.rate-per-second=$3 -Dchophien.channels.postmart.simulator.latency=$LATENCY \
        -Dchophien.channels.voso.simulator.latency=$LATENCY -Dchophien.channels.sendo.simulator.latency=$LATENCY \
        -Dchophien.channels.postmart.simulator.shopper-every=PT0S -Dchophien.channels.voso.simulator.shopper-every=PT0S \
        -Dchophien.channels.sendo.simulator.shopper-every=PT0S -Dquarkus.log.category.\"vn.chophien.integrations\".level=INFO" \
        start_service "$DATA" "$DATA.log" "$PORT"
    await_service "$BASE" "$DATA.log"
    sims=$(grep -o '[A-Za-z]* simulator answers at [^ ]*' "$DATA.log" | awk '{print $1"="$NF}')
    sql -e "DELETE FROM outbox_event; DELETE FROM channel_listing;"
    started=$(date +%s%N)
    sql -e "START TRANSACTION;
        UPDATE variant SET stock = stock + 1 WHERE product_id <= $CHANGES;
        INSERT INTO listing_revision (product_id, revision) SELECT id, 1 FROM product WHERE id <= $CHANGES
            ON DUPLICATE KEY UPDATE revision = revision + 1;
        INSERT INTO outbox_event (topic, event_key, payload, status, attempts, next_attempt_at, created_at)
            SELECT CONCAT(c.topic, '-listing-sync'), CONCAT('product-', p.id), CONCAT('{\"productId\":', p.id, '}'),
                   'PENDING', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
            FROM product p JOIN (SELECT 'postmart' topic UNION ALL SELECT 'voso' UNION ALL SELECT 'sendo') c
            WHERE p.id <= $CHANGES;
        COMMIT;"
    committed=$(date +%s%N)
    while [ "$(sql -e "SELECT COUNT(*) FROM outbox_event WHERE status = 'PENDING'")" != 0 ]; do sleep 0.2; done
    drained=$(date +%s%N)
    events=$(sql -e "SELECT COUNT(*) FROM outbox_event WHERE status = 'DELIVERED'")
    failed=$(sql -e "SELECT COUNT(*) FROM outbox_event WHERE status = 'FAILED'")
    lag=$(sql -e "SELECT ROUND(MAX(TIMESTAMPDIFF(MICROSECOND, created_at, delivered_at)) / 1e6, 1) FROM outbox_event")
    synced=$(sql -e "SELECT COUNT(*) FROM channel_listing WHERE state = 'SYNCED'")
    ms=$(( (drained - committed) / 1000000 ))
    echo "   change committed in $(( (committed - started) / 1000000 )) ms; drained in $ms ms"
    echo "   $events events delivered ($failed failed), $(( events * 1000 / (ms > 0 ? ms : 1) )) events/s;" \
        "oldest event's lag ${lag} s; $synced listings synced"
    for sim in $sims; do
        name=${sim%%=*}
        url=${sim#*=}
        curl -sf "$url/_sim/requests" | node -e '
            const at = JSON.parse(require("fs").readFileSync(0)).filter(r => !r.path.startsWith("/login")).map(r => r.at).sort((a, b) => a - b);
            let busiest = 0;
            for (let i = 0, j = 0; i < at.length; i++) { while (j < at.length && at[j] - at[i] < 1000) j++; busiest = Math.max(busiest, j - i); }
            console.log(`   ${process.argv[1]}: ${at.length} requests, busiest second ${busiest}`);' "$name"
    done
    stop
}

rm -rf "$DATA"
echo "== seeding $CHANGES published products"
start_service "$DATA" "$DATA.log" "$PORT"
await_service "$BASE" "$DATA.log"
SELLERS=1000 PRODUCTS=$CHANGES BIG_SELLER_PRODUCTS=0 node bench/seed.mjs src/main/resources/places/communes.csv \
    > "$DATA/seed.sql"
sql < "$DATA/seed.sql"
stop

run "without rate limits: $CHANGES changes × 3 channels, partners answering in $LATENCY" 100000 0
run "at $RATE requests/s per channel (the simulators refuse more)" "$RATE" "$RATE"
