package vn.chophien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A page kept for every visitor gives each one back whole, with their own token in every form. */
class SharedPageTest {

    private static final String TOKEN = "Zm9yLXRoaXMtdmlzaXRvcg";

    @Test
    void everyPlaceholderGetsTheVisitorsTokenAndVietnameseTextSurvives() {
        String html = "<p>Cam Vàng Bắc Quang · Hà Giang</p><input value=\"" + CsrfToken.PLACEHOLDER + "\"><b>đ</b>"
                + "<input value=\"" + CsrfToken.PLACEHOLDER + "\">";
        assertEquals(html.replace(CsrfToken.PLACEHOLDER, TOKEN), text(SharedPage.of(html).with(TOKEN)));
    }

    @Test
    void aPlaceholderAtEitherEndOrNoneAtAll() {
        String edges = CsrfToken.PLACEHOLDER + "giữa" + CsrfToken.PLACEHOLDER;
        assertEquals(TOKEN + "giữa" + TOKEN, text(SharedPage.of(edges).with(TOKEN)));
        assertEquals("chè Shan tuyết", text(SharedPage.of("chè Shan tuyết").with(TOKEN)));
        assertEquals("", text(SharedPage.of("").with(TOKEN)));
    }

    private static String text(byte[] page) {
        return new String(page, StandardCharsets.UTF_8);
    }
}
