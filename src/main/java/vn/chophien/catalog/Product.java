package vn.chophien.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * A product a seller lists: what it is, where it grows, when it is in season, and its pack sizes. Only PUBLISHED
 * products are visible to buyers; the version detects two edits made from the same old copy.
 */
@Entity
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "seller_id")
    public Seller seller;

    public String slug;
    public String name;

    @Enumerated(EnumType.STRING)
    public Category category;

    public String description;
    public String originCommuneCode;
    public String originProvinceCode;
    public LocalDate availableFrom;
    public LocalDate availableTo;

    @Enumerated(EnumType.STRING)
    public ProductStatus status;

    public String rejectionReason;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant publishedAt;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Variant> variants = new ArrayList<>();

    @Version
    public long version;
}
