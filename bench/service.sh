# Sourced by the benchmarks: the packaged service on an embedded database in a folder of its own.
# SERVICE_OPTS adds JVM options or -D settings; environment given in front of start_service reaches the service.

start_service() { # data folder, log file, port; sets $service
    java -Xmx1g ${SERVICE_OPTS:-} -Dchophien.data-dir="$1" -Dquarkus.http.port="$3" -Dquarkus.management.port=$(( $3 + 1000 )) -Dquarkus.log.level=WARN \
        -jar target/quarkus-app/quarkus-run.jar > "$2" 2>&1 &
    service=$!
}

await_service() { # base URL, log file
    for _ in $(seq 1 180); do
        curl -sf "$1/q/health/ready" >/dev/null && return 0
        kill -0 "$service" 2>/dev/null || { echo "the service died; see $2" >&2; exit 1; }
        sleep 1
    done
    echo "the service was not ready in three minutes; see $2" >&2
    exit 1
}

cpu_ms() { # the CPU time, user and system, a process has used so far, in milliseconds (0 when it is gone)
    awk -v tck="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / tck) }' "/proc/$1/stat" 2>/dev/null || echo 0
}

rss_mb() { # a process's resident memory now, in MB
    awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$1/status" 2>/dev/null || echo 0
}

database_pid() { # the embedded database server the service started
    pgrep -P "$service" mariadbd | head -1 || true
}
