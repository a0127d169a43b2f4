package vn.chophien.account;

/** What an account may do. Only BUYER and SELLER can be chosen at registration; an ADMIN grants the others. */
public enum Role {
    BUYER, SELLER, POSTAL_STAFF, OCOP_OFFICER, ADMIN;

    public boolean selfService() {
        return this == BUYER || this == SELLER;
    }
}
