#!/usr/bin/env bash
# Label benchmark: how long a post office waits for one parcel's A6 label, and for a day's pickup round of 50 parcels
# (the stops, then 50 labels) as one PDF, and how big they are. Each PDF embeds subsets of its two fonts and draws its
# barcodes as vectors. Prints the median and slowest of REPEATS requests each, measured by curl on the same machine,
# after WARMUP requests that are not counted.
#
#   ./mvnw package -DskipTests && bench/labels.sh
#
# Settings by environment: PARCELS (50), REPEATS (20), WARMUP (30), PORT (8393).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/service.sh

PARCELS=${PARCELS:-50}
REPEATS=${REPEATS:-20}
WARMUP=${WARMUP:-30}
PORT=${PORT:-8393}
DATA=target/bench-labels
BASE="http://127.0.0.1:$PORT"
ADMIN_PHONE=0900000777
ADMIN_PASSWORD=mat-khau-quan-tri-bench
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }

rm -rf "$DATA" && mkdir -p "$DATA"
echo "== starting the service on a fresh embedded database in $DATA"
CHOPHIEN_ADMIN_PHONE=$ADMIN_PHONE CHOPHIEN_ADMIN_PASSWORD=$ADMIN_PASSWORD start_service "$DATA/service" "$DATA.log" "$PORT"
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
await_service "$BASE" "$DATA.log"

json() { curl -sf -H 'Content-Type: application/json' "$@"; }
field() { sed -E "s/.*\"$1\":\"?([^\",}]+).*/\1/"; }
login() { json -d "{\"phone\":\"$1\",\"password\":\"$2\"}" "$BASE/api/auth/login" | field accessToken; }
register() { # phone role name
    json -d "{\"phone\":\"$1\",\"password\":\"mat-khau-bench\",\"name\":\"$3\",\"role\":\"$2\"}" \
        "$BASE/api/auth/register" >/dev/null
}

echo "== an office at Bắc Quang, its staff, a cooperative there and $PARCELS cash-on-delivery parcels picked up"
admin=(-H "Authorization: Bearer $(login $ADMIN_PHONE $ADMIN_PASSWORD)")
office=$(json "${admin[@]}" -d '{"code":"BQ-BENCH","name":"Bưu cục Bắc Quang","address":"Tổ 5, xã Bắc Quang",
    "communeCodes":["01153"]}' "$BASE/api/admin/post-offices" | field id)
json "${admin[@]}" -d "{\"phone\":\"0900000778\",\"password\":\"mat-khau-bench\",\"name\":\"Nguyễn Văn Bưu\",
    \"role\":\"POSTAL_STAFF\",\"postOfficeId\":$office}" "$BASE/api/admin/accounts" >/dev/null
staff=(-H "Authorization: Bearer $(login 0900000778 mat-khau-bench)")
register 0900000779 SELLER "Hoàng Văn Sử"
seller=(-H "Authorization: Bearer $(login 0900000779 mat-khau-bench)")
json "${seller[@]}" -d '{"kind":"COOPERATIVE","name":"HTX Cam Vàng Bắc Quang – Đồng Văn","communeCode":"01153",
    "address":"Thôn Tân Thành, bản Khuổi My"}' "$BASE/api/sellers" >/dev/null
product=$(json "${seller[@]}" -d '{"name":"Cam Vàng Bắc Quang","category":"FRUIT","description":"Cam sành vàng.",
    "variants":[{"label":"thùng 10 kg","weightGrams":10500,"priceVnd":400000,"stock":1000}]}' "$BASE/api/products")
variant=$(sed -E 's/.*"variants":\[\{"id":([0-9]+).*/\1/' <<<"$product")
curl -sf "${seller[@]}" -X POST "$BASE/api/products/$(field id <<<"$product")/publish" >/dev/null
register 0900000780 BUYER "Đặng Thị Hữu Nguyệt"
buyer=(-H "Authorization: Bearer $(login 0900000780 mat-khau-bench)")
parcels=()
for i in $(seq 1 "$PARCELS"); do
    placed=$(json "${buyer[@]}" -H "Idempotency-Key: bench-$i" -d "{\"lines\":[{\"variantId\":$variant,\"quantity\":1}],
        \"shipTo\":{\"name\":\"Đặng Thị Hữu Nguyệt\",\"phone\":\"0912345678\",\"line1\":\"Số $i ngõ 34 phố Kim Mã\",
        \"communeCode\":\"00004\"},\"paymentMethod\":\"COD\"}" "$BASE/api/orders")
    parcel=$(sed -E 's/.*"sellerOrders":\[\{"id":([0-9]+).*/\1/' <<<"$placed")
    curl -sf "${seller[@]}" -X POST "$BASE/api/seller/orders/$parcel/confirm" >/dev/null
    curl -sf "${seller[@]}" -X POST "$BASE/api/seller/orders/$parcel/ready" >/dev/null
    json "${staff[@]}" -d "{\"weightGrams\":$((10400 + i))}" "$BASE/api/postal/parcels/$parcel/pickup" >/dev/null
    parcels+=("$parcel")
done

measure() { # name url file
    for _ in $(seq 1 "$WARMUP"); do curl -sf "${staff[@]}" -o /dev/null "$2"; done
    local times
    times=$(for _ in $(seq 1 "$REPEATS"); do curl -sf "${staff[@]}" -o "$3" -w '%{time_total}\n' "$2"; done | sort -n)
    printf '%-30s median %7.1f ms   slowest %7.1f ms   %8d bytes\n' "$1" \
        "$(awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2) * 1000}' <<<"$times")" \
        "$(tail -1 <<<"$times" | awk '{print $1 * 1000}')" "$(stat -c %s "$3")"
}

echo "== $REPEATS requests each after $WARMUP to warm up, one at a time, on $(nproc) cores"
measure "one label (A6)" "$BASE/api/postal/parcels/${parcels[0]}/label.pdf" "$DATA/label.pdf"
measure "round of $PARCELS parcels" "$BASE/api/postal/round.pdf" "$DATA/round.pdf"
head -c 5 "$DATA/round.pdf" | grep -q '%PDF-' || { echo "the round is not a PDF" >&2; exit 1; }
