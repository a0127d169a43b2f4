package vn.chophien.catalog;

/** DRAFT → PUBLISHED ⇄ PAUSED; REJECTED by moderation until the seller edits it back to DRAFT. */
public enum ProductStatus {
    DRAFT, PUBLISHED, PAUSED, REJECTED
}
