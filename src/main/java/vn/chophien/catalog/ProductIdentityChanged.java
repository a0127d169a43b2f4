package vn.chophien.catalog;

/**
 * What a product is (its name, category and origin commune) changed: what an OCOP certificate certified. Fired inside
 * the transaction of the change, before {@link ListingChanged}, so certification can suspend the badge in step.
 */
public record ProductIdentityChanged(long productId, Identity before, Identity after) {

    /** The facts a certificate vouches for. */
    public record Identity(String name, String category, String originCommuneCode) {
    }
}
