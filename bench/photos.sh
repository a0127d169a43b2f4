#!/usr/bin/env bash
# Photo benchmark: a seller uploads camera-sized photos (12 MP, 4000×3000, as a phone without JavaScript sends them)
# and phone-shrunk ones (1600×1200, as the listing page's script sends them); the service checks each by content,
# re-encodes it without metadata into a display size and a thumbnail, and stores both. Prints the median and the
# slowest upload time per size, measured by curl on the same machine.
#
#   ./mvnw package -DskipTests && bench/photos.sh
#
# Settings by environment: UPLOADS (16 per size), PORT (8392).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/service.sh

UPLOADS=${UPLOADS:-16}
PORT=${PORT:-8392}
DATA=target/bench-photos
BASE="http://127.0.0.1:$PORT"
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }

rm -rf "$DATA" && mkdir -p "$DATA"
echo "== making test photos"
java bench/MakePhoto.java "$DATA/camera.jpg" 4000 3000
java bench/MakePhoto.java "$DATA/phone.jpg" 1600 1200
echo "   camera.jpg $(( $(stat -c %s "$DATA/camera.jpg") / 1024 )) KB, phone.jpg $(( $(stat -c %s "$DATA/phone.jpg") / 1024 )) KB"

echo "== starting the service on a fresh embedded database in $DATA"
start_service "$DATA/service" "$DATA.log" "$PORT"
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
await_service "$BASE" "$DATA.log"

json() { curl -sf -H 'Content-Type: application/json' "$@"; }
field() { sed -E "s/.*\"$1\":\"?([^\",}]+).*/\1/"; }
phone="09$(date +%s | tail -c 9)"
json -d "{\"phone\":\"$phone\",\"password\":\"mat-khau-bench\",\"name\":\"Nhà vườn\",\"role\":\"SELLER\"}" \
    "$BASE/api/auth/register" >/dev/null
token=$(json -d "{\"phone\":\"$phone\",\"password\":\"mat-khau-bench\"}" "$BASE/api/auth/login" | field accessToken)
auth=(-H "Authorization: Bearer $token")
json "${auth[@]}" -d '{"kind":"HOUSEHOLD","name":"Vườn cam bench","communeCode":"01153","address":"Thôn 1"}' \
    "$BASE/api/sellers" >/dev/null
product=$(json "${auth[@]}" -d '{"name":"Cam Vàng","category":"FRUIT","description":"Cam sành vàng, vỏ mỏng.",
    "variants":[{"label":"thùng 10 kg","weightGrams":10000,"priceVnd":350000,"stock":10}]}' "$BASE/api/products" \
    | field id)

upload() { # file → seconds, and the photo is removed again so a product's eight-photo limit never applies
    local out
    out=$(curl -sf "${auth[@]}" -F "file=@$1;type=image/jpeg" -w ' %{time_total}' "$BASE/api/products/$product/photos")
    curl -sf "${auth[@]}" -X DELETE "$BASE/api/products/$product/photos/$(field id <<<"$out")" >/dev/null
    echo "${out##* }"
}

report() { # name file
    upload "$2" >/dev/null # warm-up
    local times
    times=$(for _ in $(seq 1 "$UPLOADS"); do upload "$2"; done | sort -n)
    printf '%-34s %3s uploads   median %6.0f ms   slowest %6.0f ms\n' "$1" "$UPLOADS" \
        "$(awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2) * 1000}' <<<"$times")" \
        "$(tail -1 <<<"$times" | awk '{print $1 * 1000}')"
}

echo "== uploads, one at a time, on $(nproc) cores"
report "camera photo 4000×3000" "$DATA/camera.jpg"
report "phone-shrunk photo 1600×1200" "$DATA/phone.jpg"
