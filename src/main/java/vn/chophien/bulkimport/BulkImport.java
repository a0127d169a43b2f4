package vn.chophien.bulkimport;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An uploaded file and how far its import went; the counts are what the progress bar shows. */
@Entity
@Table(name = "bulk_import")
public class BulkImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportStatus status;

    @Column(name = "owner_account_id", nullable = false)
    public long ownerAccountId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "total_rows", nullable = false)
    public int rows;

    @Column(name = "valid_rows", nullable = false)
    public int valid;

    @Column(name = "refused_rows", nullable = false)
    public int refused;

    @Column(name = "done_rows", nullable = false)
    public int done;

    @Column(name = "created_rows", nullable = false)
    public int created;

    @Column(name = "skipped_rows", nullable = false)
    public int skipped;

    public String failure;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
