package vn.chophien.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * A parcel: the part of an order that one seller packs and the post office picks up from that seller's commune. It
 * carries its own shipping fee (its weight on its route) and moves through {@link SellerOrderStatus}; every move is
 * kept as a {@link SellerOrderEvent}.
 */
@Entity
public class SellerOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    public Order order;

    public long sellerId;
    /** The seller's name, known when checkout makes the parcel, so the answer to the buyer needs no lookup. */
    @Transient
    public String sellerName;
    /** The seller's commune when the parcel was placed: the post office serving it picks the parcel up. */
    public String fromCommuneCode;
    /** The order's code and the parcel's number: "CPK7Q3X9MD-1". */
    public String code;

    @Enumerated(EnumType.STRING)
    public SellerOrderStatus status;

    public long goodsVnd;
    public long shippingVnd;
    public long weightGrams;
    public String route;
    public String cancelReason;
    /** Holds a pre-order: waits for the harvest, which confirms it or cancels it. */
    public boolean heldForHarvest;
    /** Paid for, then cancelled for want of harvest: owed back to the buyer. */
    public long refundDueVnd;
    /** When the seller confirmed a returned parcel sellable and its stock went back on sale, and who did. */
    public Instant restockedAt;
    public Long restockedBy;
    public Instant createdAt;
    public Instant updatedAt;

    @OneToMany(mappedBy = "sellerOrder", cascade = CascadeType.ALL)
    @OrderBy("position")
    public List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "sellerOrder", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    public List<SellerOrderEvent> events = new ArrayList<>();

    @Version
    public long version;
}
