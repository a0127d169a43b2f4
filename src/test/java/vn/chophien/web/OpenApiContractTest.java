package vn.chophien.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The served contract declares, for every operation, a stable id and who may call it: fails as soon as an operation
 * (one added later included) lacks either.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdAndDeclaresItsSecurity() {
        JsonPath document = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> missing = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (Map.Entry<String, Object> entry : path.getValue().entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) entry.getValue();
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                Object id = operation.get("operationId");
                if (id == null || !ids.add(id.toString())) {
                    missing.add(name + ": no operationId, or one used twice");
                }
                if (!operation.containsKey("security")) {
                    missing.add(name + ": no security declared");
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(document.getMap("components.securitySchemes").keySet()
                .containsAll(Set.of("bearer", "session-cookie", "webhook-signature")));
        assertTrue(paths.keySet().stream().noneMatch(p -> p.startsWith("/api/{")), "the catch-all is no operation");
        assertEquals(List.of(), document.getList("paths.'/api/places/provinces'.get.security"), "explicitly open");
        assertEquals(List.of(Map.of("bearer", List.of("BUYER")), Map.of("session-cookie", List.of("BUYER"))),
                document.getList("paths.'/api/orders'.post.security"));
        assertEquals(List.of(Map.of("webhook-signature", List.of())),
                document.getList("paths.'/webhooks/bank/credits'.post.security"));
    }
}
