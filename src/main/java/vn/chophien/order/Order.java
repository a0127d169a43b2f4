package vn.chophien.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a buyer checks out in one go: where it ships, how it is paid, and one parcel ({@link SellerOrder}) per seller.
 * Its code ("CP…") is what the buyer quotes, what a VietQR transfer carries, and what the bank's notice is matched by.
 */
@Entity
@Table(name = "orders")
public class Order {

    public static final String STOREFRONT = "STOREFRONT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    /** Where it was placed: {@value #STOREFRONT}, or a partner channel's code (POSTMART, SENDO…). */
    public String channel = STOREFRONT;
    /** The order's reference at its channel; null for the storefront's. */
    public String externalRef;
    /** The buyer's account; null for an order placed on a channel, whose buyer is the channel's customer. */
    public Long buyerId;

    @Enumerated(EnumType.STRING)
    public OrderStatus status;

    public String shipName;
    public String shipPhone;
    public String shipLine1;
    public String shipCommuneCode;
    public String shipProvinceCode;
    public long goodsVnd;
    public long shippingVnd;
    public long totalVnd;

    @Enumerated(EnumType.STRING)
    public PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    public PaymentStatus paymentStatus;

    /** An unpaid VietQR order is cancelled after this. */
    public Instant paymentDueAt;
    public Instant paidAt;
    /** What has been received for a VietQR order: PAID once it reaches the total. */
    public long paidVnd;
    /** Received beyond the total, owed back to the buyer. */
    public long surplusVnd;
    /** Who confirmed a payment by hand (an ADMIN), and why. */
    public Long paymentConfirmedBy;
    public String paymentConfirmation;
    public Instant createdAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("id")
    public List<SellerOrder> sellerOrders = new ArrayList<>();

    @Version
    public long version;
}
