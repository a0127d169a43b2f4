package vn.chophien.payment;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.chophien.web.ProblemException;
import vn.chophien.web.WebhookSignature;

/**
 * Where the bank-notification service reports transfers into the collecting account. The signature is checked
 * against the raw bytes before anything is read, so a forged or replayed notice records nothing.
 */
@Path("/webhooks/bank/credits")
public class BankWebhookResource {

    private final BankCredits credits;
    private final ObjectMapper json;
    private final Validator validator;
    private final Optional<String> secret;

    BankWebhookResource(BankCredits credits, ObjectMapper json, Validator validator,
            @ConfigProperty(name = "chophien.bank.webhook-secret") Optional<String> secret) {
        this.credits = credits;
        this.json = json;
        this.validator = validator;
        this.secret = secret;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response credit(@HeaderParam(WebhookSignature.HEADER) String signature, byte[] body) throws Exception {
        WebhookSignature.verify(signature, body, secret.orElse(null), Instant.now());
        PaymentRequests.Credit notice = json.readValue(body, PaymentRequests.Credit.class);
        if (notice == null) {
            throw new ProblemException(400, "malformed-json");
        }
        Set<ConstraintViolation<PaymentRequests.Credit>> violations = validator.validate(notice);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations.stream().collect(Collectors.toSet()));
        }
        BankCredit credit = credits.record(notice);
        return Response.accepted(new Recorded(credit.id, credit.status.name())).build();
    }

    public record Recorded(long id, String status) {
    }
}
