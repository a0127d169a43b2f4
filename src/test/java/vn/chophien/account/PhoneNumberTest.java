package vn.chophien.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0912 345 678", "0912.345.678", "84912345678", "+84912345678", "0912345678",
            " 0912-345-678 ", "+84 912 345 678"})
    void acceptsTheFormsPeopleType(String typed) {
        assertEquals(Optional.of("+84912345678"), PhoneNumber.normalise(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0321234567", "0561234567", "0701234567", "0861234567", "0991234567"})
    void acceptsEveryMobileNetwork(String typed) {
        assertTrue(PhoneNumber.normalise(typed).isPresent(), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "0241234567", "02438221234", "091234567", "09123456789", "+1 212 555 0100",
            "0012345678", "abc", "0912345abc", "849123456789", "0112345678"})
    void refusesWhatIsNotAVietnameseMobile(String typed) {
        assertEquals(Optional.empty(), PhoneNumber.normalise(typed));
    }
}
