package vn.chophien.place;

/** One of the 34 provinces and centrally-run cities in force since 1 July 2025, by its official two-digit code. */
public record Province(String code, String name) {
}
