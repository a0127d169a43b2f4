package vn.chophien.fulfillment.document;

/**
 * What a shipping label shows: sender and receiver, the weight (weighed at pickup), the cash to collect (zero when
 * paid by VietQR), the tracking code and where its public tracking page is.
 */
public record Label(String trackingCode, String parcelCode, String officeName, Party sender, Party receiver,
        long weightGrams, long codVnd, String trackUrl) {

    /** A person or shop at an address: village or street, commune, province. */
    public record Party(String name, String phone, String address, String commune, String province) {
    }
}
