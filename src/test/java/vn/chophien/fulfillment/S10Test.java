package vn.chophien.fulfillment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.chophien.fulfillment.parcel.S10;

/** The UPU S10 check digit against every known good and bad code in PARTNERS.md. */
class S10Test {

    @Test
    void everyKnownGoodCodeIsValidAndIsWhatItsSerialMakes() {
        for (String code : List.of("RB123456785GB", "EB123456785VN", "RR473124829VN", "EB100000025VN", "EB100000140VN",
                "EJ012345675VN")) {
            assertTrue(S10.valid(code), code);
            assertEquals(code,
                    S10.code(code.substring(0, 2), Long.parseLong(code.substring(2, 10)), code.substring(11)), code);
        }
    }

    @Test
    void theTwoSpecialRemaindersGiveFiveAndZero() {
        assertEquals(5, S10.checkDigit("10000002"), "r = 0 gives 5");
        assertEquals(0, S10.checkDigit("10000014"), "r = 1 gives 0");
    }

    @Test
    void everyKnownBadCodeIsRefused() {
        assertFalse(S10.valid("RB123456786US"), "wrong check digit");
        assertFalse(S10.valid("EJ012345678VN"), "EMS Vietnam's documentation sample");
        assertFalse(S10.valid("EB12345678VN"), "a digit short");
        assertFalse(S10.valid("eb123456785vn"), "lower case");
        assertFalse(S10.valid(null));
    }

    @Test
    void aSerialMustFitInEightDigitsAndLettersMustBeCapitals() {
        assertEquals("CP000000014VN", S10.code("CP", 1, "VN"));
        assertThrows(IllegalArgumentException.class, () -> S10.code("CP", 100_000_000L, "VN"));
        assertThrows(IllegalArgumentException.class, () -> S10.code("cp", 1, "VN"));
    }
}
