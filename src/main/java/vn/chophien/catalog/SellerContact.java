package vn.chophien.catalog;

/** Where and whom a post office collects a seller's parcels from: village or house, commune, province and phone. */
public record SellerContact(long id, String name, String address, String phone, String communeCode, String communeName,
        String provinceName) {
}
