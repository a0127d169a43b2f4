package vn.chophien.cart;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * What a shopper has put aside before checking out: a visitor's, found by the random token in their cart cookie, or
 * an account's. Signing in moves the visitor's lines into the account's cart.
 */
@Entity
public class Cart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long accountId;
    public String cookieToken;
    public Instant updatedAt;
}
