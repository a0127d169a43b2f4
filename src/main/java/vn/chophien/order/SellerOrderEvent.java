package vn.chophien.order;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One move of a parcel, with who made it (an account in a role, or the system) and when; never changed. */
@Entity
public class SellerOrderEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "seller_order_id")
    public SellerOrder sellerOrder;

    @Enumerated(EnumType.STRING)
    public SellerOrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public SellerOrderStatus toStatus;

    /** Null when the system acted (an unpaid order cancelled by time). */
    public Long actorId;
    public String actorRole;
    /** Who acted, by name, where the role alone says too little (the post office that picked the parcel up). */
    public String actorName;
    public String reason;
    public Instant at;
}
