package vn.chophien.payment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A transfer into the collecting account, as the bank reported it. Matched to the unpaid order whose code its content
 * carries, for whatever amount it is ({@link #outcome}: less than due leaves the order waiting for the rest, more
 * flags the surplus for refund); otherwise kept UNMATCHED until an ADMIN assigns it. The bank's reference is unique,
 * so a notice sent twice is recorded once.
 */
@Entity
public class BankCredit {

    public enum Status {
        MATCHED, UNMATCHED, ASSIGNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String reference;
    public long amountVnd;
    public String content;
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    public Long orderId;
    /** PARTIAL, EXACT or SURPLUS once applied to an order. */
    public String outcome;
    public Instant recordedAt;
    public Long decidedBy;
}
