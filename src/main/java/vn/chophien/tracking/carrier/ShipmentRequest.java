package vn.chophien.tracking.carrier;

/**
 * What a carrier needs to take a parcel, as the outbox carries it to the carrier's route: the office handing it over,
 * our tracking code (the
 * reference every push of the carrier names), who sends it from where, who receives it where, its weighed weight,
 * the cash to collect on delivery (0 when paid), its declared value, and what is inside.
 */
public record ShipmentRequest(long parcelId, long postOfficeId, String carrier, String trackingCode, String parcelCode,
        Party sender, Party receiver, long weightGrams, long codVnd, long goodsVnd, String contents) {

    /** A person or household at an address of the 2025 map. */
    public record Party(String name, String phone, String address, String communeCode, String communeName,
            String provinceName) {
    }
}
