package vn.chophien.catalog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A farming household, cooperative or enterprise in one commune: what buyers buy from and what a parcel ships from.
 * The payout account is where COD and transfers owed to it are paid.
 */
@Entity
public class Seller {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public SellerKind kind;

    public String name;
    public String slug;
    public String communeCode;
    /** Derived from the commune; kept on the row so listings filter by province without the map. */
    public String provinceCode;
    /** Village (thôn, bản) and house: what the commune code does not say. */
    public String address;
    public String phone;
    public String payoutBankBin;
    public String payoutAccountNumber;
    public String payoutHolderName;
    public Instant createdAt;

    @Version
    public long version;
}
