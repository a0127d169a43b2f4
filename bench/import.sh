#!/usr/bin/env bash
# Bulk import benchmark: an OCOP officer imports a file of 10,000 households, then a file of 10,000 products (one per
# household), each uploaded, previewed (every row checked) and run in the background until DONE. Prints the preview
# and the run time of each file, as the API reports them to a client polling on this machine.
#
#   ./mvnw package -DskipTests && bench/import.sh
#
# Settings by environment: ROWS (10000), PORT (8394).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/service.sh

ROWS=${ROWS:-10000}
PORT=${PORT:-8394}
DATA=target/bench-import
BASE="http://127.0.0.1:$PORT"
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }

rm -rf "$DATA" && mkdir -p "$DATA"
echo "== writing $ROWS households and $ROWS products as CSV"
{
    echo "phone,name,communeCode,village"
    for i in $(seq 1 "$ROWS"); do printf '09%08d,Hộ gia đình số %d,01153,Thôn Nà Khương %d\n' "$i" "$i" $((i % 40)); done
} > "$DATA/households.csv"
{
    echo "phone,name,category,description,label,weightGrams,priceVnd,stock"
    for i in $(seq 1 "$ROWS"); do
        printf '09%08d,Cam Vàng vườn %d,FRUIT,Cam chín cây hái theo đơn,thùng 5 kg,5000,180000,%d\n' "$i" "$i" $((i % 50))
    done
} > "$DATA/products.csv"
echo "   households.csv $(( $(stat -c %s "$DATA/households.csv") / 1024 )) KB, products.csv $(( $(stat -c %s "$DATA/products.csv") / 1024 )) KB"

echo "== starting the service on a fresh embedded database in $DATA"
CHOPHIEN_ADMIN_PHONE=0900000001 CHOPHIEN_ADMIN_PASSWORD=bench-admin-password \
    start_service "$DATA/service" "$DATA.log" "$PORT"
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
await_service "$BASE" "$DATA.log"

json() { curl -sf -H 'Content-Type: application/json' "$@"; }
field() { sed -E "s/.*\"$1\":\"?([^\",}]+).*/\1/"; }
admin=$(json -d '{"phone":"0900000001","password":"bench-admin-password"}' "$BASE/api/auth/login" | field accessToken)
json -H "Authorization: Bearer $admin" -d '{"phone":"0900000002","password":"bench-officer-password",
    "name":"Cán bộ OCOP bench","role":"OCOP_OFFICER","provinceCode":"08"}' "$BASE/api/admin/accounts" >/dev/null
token=$(json -d '{"phone":"0900000002","password":"bench-officer-password"}' "$BASE/api/auth/login" | field accessToken)
auth=(-H "Authorization: Bearer $token")
now() { date +%s.%N; }

import() { # kind file
    local t0 t1 t2 preview id state
    t0=$(now)
    preview=$(curl -sf "${auth[@]}" -F "kind=$1" -F "file=@$2;type=text/csv" "$BASE/api/imports")
    t1=$(now)
    id=$(field id <<<"$preview")
    curl -sf "${auth[@]}" -X POST "$BASE/api/imports/$id/start" >/dev/null
    while :; do
        state=$(curl -sf "${auth[@]}" "$BASE/api/imports/$id")
        case "$state" in *'"status":"DONE"'*|*'"status":"FAILED"'*) break ;; esac
        sleep 0.25
    done
    t2=$(now)
    printf '%-10s %5s rows  valid %5s  preview %6.1f s  run %6.1f s  created %5s  skipped %5s  refused %5s  status %s\n' \
        "$1" "$(field rows <<<"$state")" "$(field valid <<<"$state")" "$(echo "$t1 - $t0" | bc)" \
        "$(echo "$t2 - $t1" | bc)" "$(field created <<<"$state")" "$(field skipped <<<"$state")" \
        "$(field refused <<<"$state")" "$(field status <<<"$state")"
}

echo "== imports on $(nproc) cores (target: each file of 10,000 rows imported in under 60 s)"
import HOUSEHOLDS "$DATA/households.csv"
import PRODUCTS "$DATA/products.csv"
echo "== the same files again: nothing is created twice"
import HOUSEHOLDS "$DATA/households.csv"
