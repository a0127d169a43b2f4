package vn.chophien.catalog;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** An account acting for a seller: the OWNER who created it, or a MEMBER of a cooperative. */
@Entity
@IdClass(SellerMember.Key.class)
public class SellerMember {

    public static final String OWNER = "OWNER";
    public static final String MEMBER = "MEMBER";

    @Id
    public Long sellerId;

    @Id
    public Long accountId;

    public String role;
    public Instant joinedAt;

    public static class Key implements Serializable {
        public Long sellerId;
        public Long accountId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sellerId, k.sellerId) && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sellerId, accountId);
        }
    }
}
