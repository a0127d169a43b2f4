package vn.chophien.order;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A dynamic VietQR payload (NAPAS 247, on EMVCo's merchant-presented QR): transfer to an account (QRIBFTTA) of a set
 * amount in VND with the order code as its purpose, closed by a CRC-16/CCITT-FALSE checksum. Any Vietnamese bank app
 * scans it and pre-fills the transfer.
 */
public final class VietQr {

    static final String NAPAS_GUID = "A000000727";
    static final String TO_ACCOUNT = "QRIBFTTA";
    private static final Pattern BIN = Pattern.compile("\\d{6}");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9A-Za-z]{1,19}");
    private static final Pattern PURPOSE = Pattern.compile("[\\x20-\\x7e]{1,25}");

    private VietQr() {
    }

    public static String payload(String bankBin, String accountNumber, long amountVnd, String purpose) {
        if (!BIN.matcher(bankBin).matches() || !ACCOUNT.matcher(accountNumber).matches()) {
            throw new IllegalArgumentException("A VietQR account is a six-digit BIN and up to 19 characters");
        }
        if (!PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("A VietQR purpose is 1 to 25 ASCII characters");
        }
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("A VietQR amount is positive");
        }
        String beneficiary = tlv("00", bankBin) + tlv("01", accountNumber);
        String merchant = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", TO_ACCOUNT);
        String body = tlv("00", "01") + tlv("01", "12") + tlv("38", merchant) + tlv("53", "704")
                + tlv("54", Long.toString(amountVnd)) + tlv("58", "VN") + tlv("62", tlv("08", purpose)) + "6304";
        return body + String.format("%04X", crc16(body));
    }

    /** CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, not reflected, no final XOR. */
    static int crc16(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return crc;
    }

    private static String tlv(String id, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("An EMVCo field holds at most 99 characters");
        }
        return id + String.format("%02d", value.length()) + value;
    }
}
