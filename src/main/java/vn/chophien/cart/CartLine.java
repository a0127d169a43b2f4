package vn.chophien.cart;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A pack size in a cart and how many of it; prices are read fresh each time, never kept here. */
@Entity
@IdClass(CartLine.Key.class)
public class CartLine {

    @Id
    public long cartId;

    @Id
    public long variantId;

    public int quantity;
    public Instant addedAt;

    public static class Key implements Serializable {
        public long cartId;
        public long variantId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.cartId == cartId && k.variantId == variantId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(cartId) * 31 + Long.hashCode(variantId);
        }
    }
}
