package vn.chophien.tracking.carrier;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.chophien.web.ProblemException;
import vn.chophien.web.WebhookRequests;

/**
 * Where carriers push what happens to parcels. Each carrier's credentials are checked its way against the raw body
 * before anything is read (a bad, missing or stale one is 401 and records nothing); the body then goes to the
 * carrier's Camel route, which maps its codes and hands each event to {@link CarrierEvents}.
 */
@Path("/webhooks/carriers/{carrier}/tracking")
public class CarrierWebhookResource {

    /** What became of each event of the push. */
    public record Received(List<CarrierEvents.Outcome> events) {
    }

    private final Carriers carriers;
    private final ProducerTemplate camel;

    CarrierWebhookResource(Carriers carriers, ProducerTemplate camel) {
        this.carriers = carriers;
        this.camel = camel;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "receiveCarrierTracking", summary = "A carrier pushes what happened to parcels")
    public Response push(@PathParam("carrier") String code, @Context HttpHeaders headers, byte[] body) {
        CarrierGateway carrier = carriers.byCode(code).filter(CarrierGateway::enabled)
                .orElseThrow(() -> new ProblemException(404, "not-found"));
        Map<String, String> named = WebhookRequests.headers(headers);
        byte[] raw = body == null ? new byte[0] : body;
        carrier.verifyWebhook(named, raw);
        try {
            @SuppressWarnings("unchecked")
            List<CarrierEvents.Outcome> outcomes = camel.requestBody(carrier.webhookEndpoint(), raw, List.class);
            return Response.accepted(new Received(outcomes)).build();
        } catch (CamelExecutionException e) {
            throw WebhookRequests.problemOf(e);
        }
    }
}
