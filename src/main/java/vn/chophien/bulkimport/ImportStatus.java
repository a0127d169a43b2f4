package vn.chophien.bulkimport;

/** PREVIEW (checked, nothing written) → RUNNING (in the background) → DONE, or FAILED when it could not go on. */
public enum ImportStatus {
    PREVIEW, RUNNING, DONE, FAILED
}
