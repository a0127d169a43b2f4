package vn.chophien.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Tokens that were not issued by this service, or no longer hold, are refused like no token at all. */
@QuarkusTest
class TokenForgeryTest {

    @Inject
    SigningKeys keys;

    @Test
    void aTokenSignedWithOurKeyAndRightClaimsIsAcceptedWhileItsSessionIsOpen() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String session = new String(Base64.getUrlDecoder().decode(buyer.token().split("\\.")[1]),
                StandardCharsets.UTF_8).replaceAll(".*\"sid\":\"([^\"]+)\".*", "$1");
        given().auth().oauth2(claims(buyer).claim("sid", session).sign(keys.privateKey())).get("/api/me").then()
                .statusCode(200).body("id", equalTo((int) buyer.id()));
    }

    @Test
    void aTokenSignedWithOurKeyButNamingNoOpenSessionIsRefused() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        assertRefused(claims(buyer).sign(keys.privateKey()));
        assertRefused(claims(buyer).claim("sid", "made-up-session-id").sign(keys.privateKey()));
    }

    @Test
    void refusesAnUnsignedTokenWithAlgNone() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64("{\"iss\":\"https://chophien.vn\",\"aud\":\"chophien\",\"sub\":\"" + buyer.id()
                + "\",\"groups\":[\"ADMIN\"],\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}");
        assertRefused(header + "." + payload + ".");
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreign = generator.generateKeyPair().getPrivate();
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        assertRefused(claims(buyer).groups(Set.of("ADMIN")).sign(foreign));
    }

    @Test
    void refusesAnExpiredToken() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        Instant hourAgo = Instant.now().minusSeconds(3600);
        assertRefused(claims(buyer).issuedAt(hourAgo.minusSeconds(3600)).expiresAt(hourAgo).sign(keys.privateKey()));
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        assertRefused(claims(buyer).issuer("https://gia-mao.example").sign(keys.privateKey()));
    }

    @Test
    void refusesATokenForAnotherAudience() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        assertRefused(claims(buyer).audience("another-service").sign(keys.privateKey()));
    }

    @Test
    void refusesATokenWhosePayloadWasEdited() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String[] parts = buyer.token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"BUYER\"", "\"ADMIN\"");
        String edited = parts[0] + "." + base64(payload) + "." + parts[2];
        given().auth().oauth2(edited).contentType("application/json").body("{}").post("/api/admin/accounts").then()
                .statusCode(401);
        assertRefused(edited);
    }

    @Test
    void aForgedSessionCookieIsRefusedToo() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String expired = claims(buyer).expiresAt(Instant.now().minusSeconds(60)).sign(keys.privateKey());
        given().cookie("chophien_session", expired).get("/api/me").then().statusCode(401);
    }

    private static JwtClaimsBuilder claims(TestAccounts.SignedIn account) {
        return Jwt.issuer("https://chophien.vn").audience("chophien").subject(String.valueOf(account.id()))
                .upn("+84" + account.phone().substring(1)).groups(Set.of("BUYER")).expiresIn(600);
    }

    private static void assertRefused(String token) {
        given().auth().oauth2(token).get("/api/me").then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
