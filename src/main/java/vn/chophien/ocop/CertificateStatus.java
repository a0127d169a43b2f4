package vn.chophien.ocop;

/** SUBMITTED by the seller, then VERIFIED or REJECTED by an OCOP officer of the seller's province. */
public enum CertificateStatus {
    SUBMITTED, VERIFIED, REJECTED
}
