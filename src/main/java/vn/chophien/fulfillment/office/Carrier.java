package vn.chophien.fulfillment.office;

/** Whose network an office belongs to: Vietnam Post (tracking codes in the UPU S10 format) or Viettel Post. */
public enum Carrier {
    VNPOST, VIETTELPOST
}
