package vn.chophien.household;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A household a helper signed up: its shop (the seller), its account, and the helper who acts for it. Until the
 * household signs in (takes its account over) the helper acts freely; from then on only while the household keeps it.
 */
@Entity
@Table(name = "assisted_household")
public class AssistedHousehold {

    @Id
    @Column(name = "seller_id")
    public Long sellerId;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(name = "helper_account_id", nullable = false)
    public long helperAccountId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "taken_over_at")
    public Instant takenOverAt;

    @Column(name = "helper_kept", nullable = false)
    public boolean helperKept;

    /** Whether the helper may act for the household now. */
    public boolean helperActive() {
        return takenOverAt == null || helperKept;
    }
}
