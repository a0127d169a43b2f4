package vn.chophien.ocop;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A certified product whose name, category or origin is no longer what its certificate certified. While PENDING the
 * product shows no OCOP badge; an officer of the certificate's province sees what changed and confirms it.
 */
@Entity
@Table(name = "ocop_product_change")
public class ProductChange {

    public static final String PENDING = "PENDING";
    public static final String CONFIRMED = "CONFIRMED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long productId;
    public String provinceCode;
    public String certifiedName;
    public String certifiedCategory;
    public String certifiedOrigin;
    public String name;
    public String category;
    public String originCommuneCode;
    public String status;
    public Instant changedAt;
    public Instant decidedAt;
    public Long decidedBy;
}
