package vn.chophien.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VietQrTest {

    /** A payload published with an open-source VietQR generator, scanned by bank apps: ours must be identical. */
    @Test
    void buildsTheKnownGoodPayloadCharacterForCharacter() {
        assertEquals(
                "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA5303704540612000058"
                        + "02VN62170813ung ho lu lut6304C15C",
                VietQr.payload("970415", "0011001932418", 120_000, "ung ho lu lut"));
    }

    @Test
    void checksumsWithCrc16CcittFalse() {
        assertEquals(0x29B1, VietQr.crc16("123456789")); // the algorithm's published check value
        String payload = VietQr.payload("970436", "1234567890", 485_000, "CPK7Q3X9MD");
        String body = payload.substring(0, payload.length() - 4);
        assertTrue(body.endsWith("6304"));
        assertEquals(String.format("%04X", VietQr.crc16(body)), payload.substring(payload.length() - 4));
    }

    @Test
    void carriesAmountCurrencyCountryAndOrderCode() {
        String payload = VietQr.payload("970436", "1234567890", 485_000, "CPK7Q3X9MD");
        assertTrue(payload.startsWith("000201010212"), "a dynamic QR");
        assertTrue(payload.contains("0010A000000727"), "the NAPAS GUID");
        assertTrue(payload.contains("0208QRIBFTTA"), "transfer to an account");
        assertTrue(payload.contains("5303704"), "VND");
        assertTrue(payload.contains("5406485000"), "the amount");
        assertTrue(payload.contains("5802VN"), "Viet Nam");
        assertTrue(payload.contains("62140810CPK7Q3X9MD"), "the order code as purpose (62/08)");
    }

    @Test
    void refusesWhatBankAppsWouldReject() {
        assertThrows(IllegalArgumentException.class, () -> VietQr.payload("97043", "123", 1000, "CP1"));
        assertThrows(IllegalArgumentException.class, () -> VietQr.payload("970436", "123", 1000, "x".repeat(26)));
        assertThrows(IllegalArgumentException.class, () -> VietQr.payload("970436", "123", 1000, "Cam Vàng"));
        assertThrows(IllegalArgumentException.class, () -> VietQr.payload("970436", "123", 0, "CP1"));
    }
}
