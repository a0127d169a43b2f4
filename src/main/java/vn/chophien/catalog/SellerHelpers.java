package vn.chophien.catalog;

/**
 * A port to the households feature: whether an account that is not one of a seller's own may act for it all the same
 * (a post office clerk or OCOP officer helping a household it signed up). Implemented there; the catalog never reads
 * its tables.
 */
public interface SellerHelpers {

    boolean mayActFor(long helperAccountId, long sellerId);
}
