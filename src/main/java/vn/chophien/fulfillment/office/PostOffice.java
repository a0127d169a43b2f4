package vn.chophien.fulfillment.office;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A post office (bưu cục) and its staff: it picks parcels up from the sellers of the communes it serves, hands them
 * on, records their delivery and remits the cash collected to the sellers.
 */
@Entity
public class PostOffice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The carrier's own code of the office, such as "BQ-HG-01". */
    public String code;
    public String name;
    public String address;

    @Enumerated(EnumType.STRING)
    public Carrier carrier;

    public Instant createdAt;

    @Version
    public long version;
}
