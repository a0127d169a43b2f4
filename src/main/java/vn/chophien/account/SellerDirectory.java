package vn.chophien.account;

import java.util.Optional;

/** A port to the catalog: which seller, if any, an account acts for. Implemented there; accounts never read its tables. */
public interface SellerDirectory {

    Optional<Long> sellerOf(long accountId);
}
