package vn.chophien.order;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A pack size as bought: name, price and weight copied then, so later edits of the listing never change an order. */
@Entity
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "seller_order_id")
    public SellerOrder sellerOrder;

    public int position;
    public long variantId;
    public long productId;
    public String productName;
    public String variantLabel;
    public long unitPriceVnd;
    public int unitWeightGrams;
    public int quantity;
    /** Sold ahead of its harvest: took no stock, its parcel waits for the harvest to be recorded. */
    public boolean preorder;

    public long weightGrams() {
        return Math.multiplyExact((long) unitWeightGrams, quantity);
    }

    public long totalVnd() {
        return Math.multiplyExact(unitPriceVnd, quantity);
    }
}
