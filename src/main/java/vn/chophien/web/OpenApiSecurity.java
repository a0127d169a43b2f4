package vn.chophien.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Says in the contract how each operation is authenticated, for operations added later too. Quarkus marks every
 * operation of a {@code @RolesAllowed}/{@code @Authenticated} resource with the {@code bearer} scheme; this adds the
 * session cookie as the alternative browsers use, marks webhooks with their HMAC signature, and declares every other
 * operation explicitly open ({@code security: []}), so that no operation is left without a declaration.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiSecurity implements OASFilter {

    static final String BEARER = "bearer";
    static final String COOKIE = "session-cookie";
    static final String SIGNATURE = "webhook-signature";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null
                ? OASFactory.createComponents()
                : openAPI.getComponents();
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT").description("The accessToken of POST /api/auth/login."));
        components.addSecurityScheme(COOKIE,
                OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE)
                        .name(SessionCookie.NAME)
                        .description("The same token in the HttpOnly session cookie the pages"
                                + " use (__Host-chophien_session behind https); unsafe calls then repeat the"
                                + " chophien_csrf cookie in the X-CSRF-Token header."));
        components.addSecurityScheme(SIGNATURE,
                OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
                        .name(WebhookSignature.HEADER).description(
                                "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\"> with the shared secret."));
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation operation : path.getValue().getOperations().values()) {
                operation.setSecurity(requirements(path.getKey(), operation.getSecurity()));
            }
        }
    }

    private static List<SecurityRequirement> requirements(String path, List<SecurityRequirement> declared) {
        List<SecurityRequirement> requirements = new ArrayList<>();
        if (path.startsWith("/webhooks/")) {
            requirements.add(OASFactory.createSecurityRequirement().addScheme(SIGNATURE));
        } else if (declared != null && !declared.isEmpty()) {
            for (SecurityRequirement requirement : declared) {
                List<String> roles = requirement.getSchemes().values().stream().filter(r -> r != null)
                        .flatMap(List::stream).distinct().toList();
                requirements.add(OASFactory.createSecurityRequirement().addScheme(BEARER, roles));
                requirements.add(OASFactory.createSecurityRequirement().addScheme(COOKIE, roles));
                break;
            }
        }
        return requirements; // empty: explicitly open to anyone
    }
}
