package vn.chophien.bulkimport;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One row of a file: its cells as read (JSON), and what became of it. */
@Entity
@Table(name = "bulk_import_row")
@IdClass(ImportRow.Key.class)
public class ImportRow {

    public static final String VALID = "VALID";
    public static final String REFUSED = "REFUSED";
    public static final String CREATED = "CREATED";
    public static final String SKIPPED = "SKIPPED";

    @Id
    @Column(name = "import_id")
    public Long importId;

    @Id
    @Column(name = "row_no")
    public Integer rowNo;

    @Column(nullable = false)
    public String cells;

    @Column(nullable = false)
    public String outcome;

    public String field;
    public String message;

    public static class Key implements Serializable {
        public Long importId;
        public Integer rowNo;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(importId, k.importId) && Objects.equals(rowNo, k.rowNo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, rowNo);
        }
    }
}
