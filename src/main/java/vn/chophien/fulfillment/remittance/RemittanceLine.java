package vn.chophien.fulfillment.remittance;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One seller's part of a statement: the cash collected on their parcels, less what the office keeps (the shipping the
 * buyers paid in that cash, its service fee, and what the weighed weights added to shipping), is the net it owes them.
 */
@Entity
public class RemittanceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "statement_id")
    public RemittanceStatement statement;

    public long sellerId;
    public String sellerName;
    public int parcels;
    public long codCollectedVnd;
    public long shippingRetainedVnd;
    public long serviceFeeVnd;
    public long weightAdjustmentVnd;
    public long netVnd;
}
