package vn.chophien.household.code;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A six-digit code sent to a phone, kept as a bcrypt hash: good once, for a few tries, for a few minutes. */
@Entity
@Table(name = "one_time_code")
public class OneTimeCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String phone;

    @Column(name = "code_hash", nullable = false)
    public String codeHash;

    /** The helper that asked for it to be sent; null when the household asked itself. */
    @Column(name = "sent_by")
    public Long sentBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "used_at")
    public Instant usedAt;
}
