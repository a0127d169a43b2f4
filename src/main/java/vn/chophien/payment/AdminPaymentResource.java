package vn.chophien.payment;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.order.OrderMapper;
import vn.chophien.order.OrderViews;
import vn.chophien.web.ProblemException;

/** What ADMINs do with payments: confirm one seen elsewhere, and give unmatched transfers their order. */
@Path("/api/admin")
@RolesAllowed("ADMIN")
public class AdminPaymentResource {

    public record CreditView(long id, String reference, long amountVnd, String content, Instant receivedAt,
            String status, Long orderId, String outcome) {
    }

    private final BankCredits credits;
    private final OrderMapper orders;
    private final SecurityIdentity identity;

    AdminPaymentResource(BankCredits credits, OrderMapper orders, SecurityIdentity identity) {
        this.credits = credits;
        this.orders = orders;
        this.identity = identity;
    }

    @POST
    @Path("/orders/{id}/confirm-payment")
    @Transactional
    public OrderViews.OrderView confirmPayment(@PathParam("id") long id, @NotNull @Valid PaymentRequests.Confirm body) {
        return orders.view(credits.confirmPayment(CurrentAccount.id(identity), id, body.reason()));
    }

    @GET
    @Path("/bank-credits")
    public List<CreditView> credits(@QueryParam("status") String status) {
        return credits.list(status(status)).stream().map(AdminPaymentResource::view).toList();
    }

    @POST
    @Path("/bank-credits/{id}/assign")
    public CreditView assign(@PathParam("id") long id, @NotNull @Valid PaymentRequests.Assign body) {
        return view(credits.assign(CurrentAccount.id(identity), id, body.orderCode()));
    }

    private static CreditView view(BankCredit c) {
        return new CreditView(c.id, c.reference, c.amountVnd, c.content, c.receivedAt, c.status.name(), c.orderId,
                c.outcome);
    }

    private static BankCredit.Status status(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return BankCredit.Status.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "unknown-status");
        }
    }
}
