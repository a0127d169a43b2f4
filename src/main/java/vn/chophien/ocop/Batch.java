package vn.chophien.ocop;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A harvest lot: when it was picked, how much, how it was grown; its trace code is printed on the label. */
@Entity
public class Batch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long productId;
    public String traceCode;
    public LocalDate harvestedOn;
    public BigDecimal quantityKg;
    public String notes;
    public Instant createdAt;
}
