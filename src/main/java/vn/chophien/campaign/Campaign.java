package vn.chophien.campaign;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A province's harvest season ("Mùa cam Vàng 2026"): open from one day to another with a target in kilograms, the
 * products its sellers bring to it, and optionally pre-orders held until each product's harvest. It closes by itself
 * once its last day is over; a closed campaign takes no pre-orders and no more products.
 */
@Entity
public class Campaign {

    public enum Status {
        OPEN, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String name;
    public String provinceCode;
    public LocalDate opensOn;
    /** The last day of the campaign, included. */
    public LocalDate closesOn;
    public long targetGrams;
    public boolean preorders;

    @Enumerated(EnumType.STRING)
    public Status status;

    public long createdBy;
    public Instant createdAt;
    public Instant closedAt;

    @Version
    public long version;

    /** Open today: its dates include the day and it was not closed. */
    public boolean openOn(LocalDate day) {
        return status == Status.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
