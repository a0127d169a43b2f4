package vn.chophien.bulkimport;

import java.util.List;

/** What the import endpoints answer. */
public final class ImportViews {

    private ImportViews() {
    }

    public record RowError(int row, String field, String message) {
    }

    /** An import: its counts (the progress) and, for refused rows, why. */
    public record Import(long id, ImportKind kind, String fileName, ImportStatus status, int rows, int valid,
            int refused, int done, int created, int skipped, List<RowError> errors) {

        /** How far it went, in percent of the rows to write. */
        public int percent() {
            return valid == 0 ? 100 : Math.min(100, done * 100 / valid);
        }
    }
}
