package vn.chophien.catalog;

/** What kind of producer a seller is; cooperatives and enterprises can have member accounts. */
public enum SellerKind {
    HOUSEHOLD, COOPERATIVE, ENTERPRISE;

    public boolean hasMembers() {
        return this != HOUSEHOLD;
    }
}
