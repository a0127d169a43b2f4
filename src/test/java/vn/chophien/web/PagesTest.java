package vn.chophien.web;

import static io.restassured.RestAssured.given;
import static io.restassured.matcher.RestAssuredMatchers.detailedCookie;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;

import vn.chophien.account.TestAccounts;

/** The pages as a browser without JavaScript uses them: plain links and form posts. */
@QuarkusTest
class PagesTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** Browsers post the forms of a UTF-8 page in UTF-8; REST Assured's default is ISO-8859-1. */
    @BeforeAll
    static void postFormsAsBrowsersDo() {
        RestAssured.config = RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8));
    }

    @Test
    void theHomePageIsVietnameseAndFitsAPhone() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"vi\">"))
                .body(containsString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
                .body(containsString("Chợ phiên vùng cao, trên điện thoại của bạn"))
                .body(containsString(">Đăng nhập</a>")).body(containsString(">Đăng ký</a>"));
    }

    @Test
    void theLanguageSwitchRemembersEnglish() {
        Response switched = given().redirects().follow(false).get("/lang/en?next=/login");
        switched.then().statusCode(303).header("Location", containsString("/login"));
        given().cookie("lang", switched.getCookie("lang")).get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString("<h1>Sign in</h1>"));
    }

    @Test
    void theLanguageSwitchNeverLeavesTheSite() {
        for (String next : new String[]{"//evil.example/", "https://evil.example/", "/\\evil.example"}) {
            given().redirects().follow(false).queryParam("next", next).get("/lang/en").then().statusCode(303)
                    .header("Location", not(containsString("evil")));
        }
    }

    @Test
    void registersSignsInAndOutWithPlainForms() {
        String phone = TestAccounts.newPhone();
        Response form = given().get("/register");
        form.then().statusCode(200).body(containsString("<h1>Tạo tài khoản</h1>"));
        String csrf = csrfOf(form);

        given().redirects().follow(false).cookie("chophien_csrf", form.getCookie("chophien_csrf"))
                .formParam("csrf-token", csrf).formParam("name", "Vàng Thị Dở").formParam("phone", phone)
                .formParam("password", "mat-khau-tot").formParam("role", "SELLER").post("/register").then()
                .statusCode(303).header("Location", containsString("/login?registered=true"));

        Response loginForm = given().get("/login?registered=true");
        loginForm.then().body(containsString("Đăng ký thành công"));
        Response signedIn = given().redirects().follow(false)
                .cookie("chophien_csrf", loginForm.getCookie("chophien_csrf"))
                .formParam("csrf-token", csrfOf(loginForm)).formParam("phone", phone)
                .formParam("password", "mat-khau-tot").formParam("next", "/").post("/login");
        signedIn.then().statusCode(303);
        String session = signedIn.getCookie("chophien_session");

        Response home = given().cookie("chophien_session", session).get("/");
        home.then().statusCode(200).body(containsString("Xin chào, Vàng Thị Dở"))
                .body(containsString(">Đăng xuất</button>"));
        given().redirects().follow(false).cookie("chophien_session", session)
                .cookie("chophien_csrf", home.getCookie("chophien_csrf")).formParam("csrf-token", csrfOf(home))
                .post("/logout").then().statusCode(303)
                .cookie("chophien_session", detailedCookie().value("").maxAge(0));
    }

    @Test
    void theSellCallToActionPreselectsTheSellerRole() {
        given().get("/register?role=SELLER").then().statusCode(200).body(containsString("value=\"SELLER\" checked"));
        given().get("/register").then().statusCode(200).body(containsString("value=\"BUYER\" checked"));
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        Response form = given().get("/login");
        given().redirects().follow(false).cookie("chophien_csrf", form.getCookie("chophien_csrf"))
                .formParam("phone", TestAccounts.ADMIN_PHONE).formParam("password", TestAccounts.ADMIN_PASSWORD)
                .post("/login").then().statusCode(403);
        given().redirects().follow(false).formParam("csrf-token", csrfOf(form))
                .formParam("phone", TestAccounts.ADMIN_PHONE).formParam("password", TestAccounts.ADMIN_PASSWORD)
                .post("/login").then().statusCode(403);
    }

    @Test
    void aBadFormIsShownAgainWithTheErrorsInVietnamese() {
        Response form = given().get("/register");
        given().cookie("chophien_csrf", form.getCookie("chophien_csrf")).formParam("csrf-token", csrfOf(form))
                .formParam("name", "Mai").formParam("phone", "0243 822 1234").formParam("password", "ngan")
                .formParam("role", "BUYER").post("/register").then().statusCode(400)
                .body(containsString("Không phải số điện thoại di động Việt Nam."))
                .body(containsString("Mật khẩu cần ít nhất 8 ký tự.")).body(containsString("value=\"Mai\""));
    }

    @Test
    void aWrongPasswordOnThePageSaysSoWithoutJavaScript() {
        Response form = given().get("/login");
        given().cookie("chophien_csrf", form.getCookie("chophien_csrf")).formParam("csrf-token", csrfOf(form))
                .formParam("phone", TestAccounts.newPhone()).formParam("password", "mat-khau-sai").post("/login").then()
                .statusCode(401).body(containsString("Số điện thoại hoặc mật khẩu không đúng."));
    }

    @Test
    void userTextIsEscapedInPages() {
        String phone = TestAccounts.newPhone();
        TestAccounts.registerNamed(phone, "<script>alert('x')</script>");
        String token = TestAccounts.token(phone, TestAccounts.PASSWORD);
        given().cookie("chophien_session", token).get("/").then().statusCode(200)
                .body(not(containsString("<script>alert")))
                .body(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    }

    @Test
    void anUnknownPageIsAnHtml404() {
        given().get("/khong-co-trang-nay").then().statusCode(404);
        given().accept("text/html").get("/api/khong-co").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    static String csrfOf(Response page) {
        Matcher m = CSRF_FIELD.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("no CSRF field in the page");
        }
        return m.group(1);
    }
    @Test
    void aRedirectTargetThatCannotBeParsedSendsTheVisitorHome() {
        for (String next : new String[]{"/x%7Cy%20z", "/%7B%7D", "/a%5Cb%20c"}) {
            given().redirects().follow(false).urlEncodingEnabled(false).get("/lang/en?next=" + next).then()
                    .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/"));
        }
        given().urlEncodingEnabled(false).get("/login?next=/x%7Cy%20z").then().statusCode(200);
    }

}
