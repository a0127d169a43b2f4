package vn.chophien.household;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change a helper made for a household, with the helper's name as it was then; never edited. */
@Entity
@Table(name = "helper_act")
public class HelperAct {

    /** What a helper did besides changing listings. */
    public static final String REGISTERED = "HOUSEHOLD_REGISTERED";
    public static final String CODE_SENT = "CODE_SENT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "seller_id", nullable = false)
    public long sellerId;

    @Column(name = "helper_account_id", nullable = false)
    public long helperAccountId;

    @Column(name = "helper_name", nullable = false)
    public String helperName;

    /** A {@code SellerEdited.What} name, or one of the constants here. */
    @Column(nullable = false)
    public String action;

    @Column(name = "product_id")
    public Long productId;

    public String subject;

    @Column(name = "acted_at", nullable = false)
    public Instant actedAt;
}
