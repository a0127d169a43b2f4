package vn.chophien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

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

    @Test
    void aTemplateRenderedStraightIntoBytesIsThePageItWouldHaveBeen() {
        Template template = Engine.builder().addDefaults().build().parse(
                "<h1>{name}</h1>{#for i in rows}<input value=\"{token}\"><p>{name} số {i}</p>{/for}<i>{token}</i>");
        // a page larger than the first buffer, with tokens and Vietnamese text on both sides of every cut
        TemplateInstance page = template.data("name", "Mật ong bạc hà Đồng Văn").data("token", CsrfToken.PLACEHOLDER)
                .data("rows", IntStream.rangeClosed(1, 1200).boxed().toList());
        String expected = page.render().replace(CsrfToken.PLACEHOLDER, TOKEN);

        assertTrue(expected.length() > 64 * 1024);
        assertEquals(expected, text(SharedPage.render(page).with(TOKEN)));
    }

    private static String text(byte[] page) {
        return new String(page, StandardCharsets.UTF_8);
    }
}
