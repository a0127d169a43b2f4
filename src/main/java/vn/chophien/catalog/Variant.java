package vn.chophien.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A pack size ("1 kg", "thùng 10 kg"): its own weight for shipping, price and stock. */
@Entity
public class Variant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    public Product product;

    public int position;
    public String label;
    public int weightGrams;
    public long priceVnd;
    /** Units on hand; the database refuses a negative value. */
    public int stock;
    public String sku;

    /**
     * Moves with every change of price or stock, sales included ({@link Stock} bumps it too), so that a seller's form
     * made before a sale is refused rather than putting back the boxes that sold.
     */
    @Version
    public long version;
}
