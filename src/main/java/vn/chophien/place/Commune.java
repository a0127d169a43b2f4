package vn.chophien.place;

/** A commune, ward or special zone by its official five-digit code, within its province. */
public record Commune(String code, String name, String provinceCode) {
}
