package vn.chophien.catalog;

/**
 * Someone changed a seller's listings: who (the account), what, and which product. Fired in the change's transaction,
 * so that the households feature records the acts of helpers with the change itself.
 */
public record SellerEdited(long accountId, long sellerId, Long productId, What what, String subject) {

    public enum What {
        PRODUCT_CREATED, PRODUCT_UPDATED, PRODUCT_PUBLISHED, PRODUCT_PAUSED, PHOTO_ADDED, PHOTO_REMOVED, PHOTOS_REORDERED
    }
}
