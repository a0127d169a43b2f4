package vn.chophien.household.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A class where a helper taught households to sell online: when, where, who taught, and who came (by phone). */
@Entity
@Table(name = "training_class")
public class TrainingClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "commune_code", nullable = false)
    public String communeCode;

    @Column(name = "province_code", nullable = false)
    public String provinceCode;

    @Column(nullable = false)
    public String trainer;

    @Column(name = "recorded_by", nullable = false)
    public long recordedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Phones in {@code +84…} form. */
    @ElementCollection
    @CollectionTable(name = "training_attendee", joinColumns = @JoinColumn(name = "class_id"))
    @Column(name = "phone")
    public Set<String> attendees = new LinkedHashSet<>();
}
