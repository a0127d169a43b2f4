package vn.chophien.ocop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * An OCOP (One Commune One Product) certificate: 3 to 5 stars granted by a provincial or national decision for
 * some of a seller's products, valid for 36 months. Products show the badge only while a VERIFIED certificate is in
 * force; after {@code expiresOn} it lapses by itself ({@link BadgeLapses} tells search and the partner channels the
 * morning after).
 */
@Entity
public class OcopCertificate {

    /** OCOP certificates hold for 36 months from issue. */
    public static final int VALID_MONTHS = 36;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long sellerId;
    /** The seller's province: only its OCOP officers may verify. */
    public String provinceCode;
    public int stars;
    public String number;
    public String issuedBy;
    public LocalDate issuedOn;
    public LocalDate expiresOn;
    public String scanKey;

    @Enumerated(EnumType.STRING)
    public CertificateStatus status;

    public String rejectionReason;
    public Instant submittedAt;
    public Instant decidedAt;
    public Long decidedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ocop_certificate_product", joinColumns = @JoinColumn(name = "certificate_id"))
    @Column(name = "product_id")
    public Set<Long> productIds = new LinkedHashSet<>();

    @Version
    public long version;

    public boolean inForce(LocalDate day) {
        return status == CertificateStatus.VERIFIED && !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
    }
}
