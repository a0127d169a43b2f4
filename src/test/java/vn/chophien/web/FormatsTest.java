package vn.chophien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Numbers as a Vietnamese reader expects them: dots between thousands, and commas in English. */
class FormatsTest {

    @Test
    void amountsAndCountsGroupThousandsTheWayTheLanguageDoes() {
        assertEquals("45.000\u00a0₫", Formats.vnd(45_000, Languages.VIETNAMESE));
        assertEquals("1,250,000\u00a0₫", Formats.vnd(1_250_000, Locale.ENGLISH));
        assertEquals("10.000", Formats.grouped(10_000, Languages.VIETNAMESE));
        assertEquals("10,000", Formats.grouped(10_000, Locale.ENGLISH));
        assertEquals("999", Formats.grouped(999, Languages.VIETNAMESE));
        assertEquals("0", Formats.grouped(0, Languages.VIETNAMESE));
        assertEquals("100.000", Formats.grouped(100_000, Languages.VIETNAMESE));
        assertEquals("-1.000", Formats.grouped(-1_000, Languages.VIETNAMESE));
        assertEquals("-120", Formats.grouped(-120, Languages.VIETNAMESE));
        assertEquals("9,223,372,036,854,775,807", Formats.grouped(Long.MAX_VALUE, Locale.ENGLISH));
        assertEquals("-9.223.372.036.854.775.808\u00a0₫", Formats.vnd(Long.MIN_VALUE, Languages.VIETNAMESE));
        assertEquals("1,2\u00a0kg", Formats.kg(1200, Languages.VIETNAMESE));
    }
}
