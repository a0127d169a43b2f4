package vn.chophien.campaign;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A product its seller brought to a campaign: how much they expect to harvest (what pre-orders may promise in all),
 * the window pre-orders ship in, and the harvest once recorded. Its row is the lock that pre-orders and the harvest
 * take in turn, so promises never exceed the expectation and a harvest never fills a pre-order twice.
 */
@Entity
public class CampaignProduct {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long campaignId;
    public long productId;
    public long sellerId;
    /** Null: the product takes part without pre-orders. */
    public Long expectedGrams;
    public LocalDate shipsFrom;
    public LocalDate shipsBy;
    public Long harvestedGrams;
    /** Of the harvest, what filled pre-orders. */
    public Long filledGrams;
    public Instant harvestedAt;
    public Instant joinedAt;

    @Version
    public long version;
}
