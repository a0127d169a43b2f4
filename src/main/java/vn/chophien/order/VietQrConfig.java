package vn.chophien.order;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The bank account buyers transfer to. Without it, VietQR is not offered and orders are cash on delivery only. */
@ConfigMapping(prefix = "chophien.vietqr")
public interface VietQrConfig {

    /** The receiving bank's six-digit NAPAS BIN (970436 Vietcombank, 970415 VietinBank, …). */
    Optional<String> bankBin();

    /** The receiving account number. */
    Optional<String> accountNumber();

    /** The account holder's name as the bank shows it, written out beside the QR code. */
    Optional<String> accountName();

    /** The bank's name, written out beside the QR code. */
    Optional<String> bankName();
}
