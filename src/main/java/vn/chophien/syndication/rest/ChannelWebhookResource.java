package vn.chophien.syndication.rest;

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

import vn.chophien.syndication.Channels;
import vn.chophien.syndication.SalesChannel;
import vn.chophien.syndication.order.ChannelOrderOutcome;
import vn.chophien.web.ProblemException;
import vn.chophien.web.WebhookRequests;

/**
 * Where a partner pushes its orders. The signature is checked the partner's way against the raw bytes before anything
 * is read, so a forged, stale or unsigned push records nothing; a push replayed or sent twice is one order. The body
 * then goes to the channel's Camel route, which maps it and hands each order to the order book.
 */
@Path("/webhooks/channels/{channel}/orders")
public class ChannelWebhookResource {

    /** What became of each order of the push. */
    public record Received(List<ChannelOrderOutcome> orders) {
    }

    private final Channels channels;
    private final ProducerTemplate camel;

    ChannelWebhookResource(Channels channels, ProducerTemplate camel) {
        this.channels = channels;
        this.camel = camel;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "receiveChannelOrders", summary = "A partner channel pushes its orders (signed)")
    public Response orders(@PathParam("channel") String code, @Context HttpHeaders headers, byte[] body) {
        SalesChannel channel = channels.byCode(code).filter(SalesChannel::enabled)
                .orElseThrow(() -> new ProblemException(404, "not-found"));
        String endpoint = channel.orderWebhookEndpoint().orElseThrow(() -> new ProblemException(404, "not-found"));
        Map<String, String> named = WebhookRequests.headers(headers);
        channel.verifyOrderWebhook(named, body == null ? new byte[0] : body);
        try {
            @SuppressWarnings("unchecked")
            List<ChannelOrderOutcome> outcomes = camel.requestBody(endpoint, body, List.class);
            return Response.accepted(new Received(outcomes)).build();
        } catch (CamelExecutionException e) {
            throw WebhookRequests.problemOf(e);
        }
    }
}
