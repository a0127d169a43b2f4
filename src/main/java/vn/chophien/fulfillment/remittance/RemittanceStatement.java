package vn.chophien.fulfillment.remittance;

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
import jakarta.persistence.Version;

/**
 * What an office owes its sellers for the cash it collected on delivery, closed at a moment: every delivery not yet
 * settled went into it, one line per seller. Once closed its lines never change (later deliveries go into the next
 * one); it is marked PAID, once, with the reference of the bank transfer that paid the sellers.
 */
@Entity
public class RemittanceStatement {

    public enum Status {
        CLOSED, PAID
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long postOfficeId;
    /** The office's code and the statement's number at that office: "BQ-HG-01-0007". */
    public String number;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** The end of the previous statement (null for an office's first), and when this one closed. */
    public Instant periodFrom;
    public Instant periodTo;
    public int parcels;
    public long codCollectedVnd;
    public long shippingRetainedVnd;
    public long serviceFeeVnd;
    public long weightAdjustmentVnd;
    public long netVnd;
    public long closedBy;
    public String closedByName;
    public Instant closedAt;
    public Long paidBy;
    public Instant paidAt;
    public String transferReference;

    @OneToMany(mappedBy = "statement", cascade = CascadeType.ALL)
    @OrderBy("sellerName, sellerId")
    public List<RemittanceLine> lines = new ArrayList<>();

    @Version
    public long version;
}
