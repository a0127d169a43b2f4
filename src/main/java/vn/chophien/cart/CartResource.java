package vn.chophien.cart;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;

/**
 * The cart for API clients: a signed-in account's, or a visitor's behind the cart cookie this answers with first. The
 * answer is always the whole cart, grouped into parcels; {@code to} (a province code) prices their shipping.
 */
@Path("/api/cart")
public class CartResource {

    public record Add(@NotNull Long variantId, @NotNull @Min(1) @Max(CartService.MAX_QUANTITY) Integer quantity) {
    }

    public record Change(@NotNull @Min(0) @Max(CartService.MAX_QUANTITY) Integer quantity) {
    }

    private final CartService carts;
    private final SecurityIdentity identity;

    CartResource(CartService carts, SecurityIdentity identity) {
        this.carts = carts;
        this.identity = identity;
    }

    @GET
    public CartView cart(@CookieParam(CartPages.COOKIE) String token,
            @QueryParam("to") @Pattern(regexp = "\\d{2}") String to) {
        return carts.view(carts.find(shopper(token)), to);
    }

    @POST
    @Path("/items")
    public Response add(@CookieParam(CartPages.COOKIE) String token,
            @QueryParam("to") @Pattern(regexp = "\\d{2}") String to, @NotNull @Valid Add body) {
        Cart cart = carts.add(shopper(token), body.variantId(), body.quantity());
        Response.ResponseBuilder answer = Response.ok(carts.view(carts.find(shopper(cart.cookieToken)), to));
        if (cart.cookieToken != null && !cart.cookieToken.equals(token)) {
            answer.cookie(CartPages.cookie(cart.cookieToken));
        }
        return answer.build();
    }

    @PUT
    @Path("/items/{variantId}")
    public CartView change(@CookieParam(CartPages.COOKIE) String token, @PathParam("variantId") long variantId,
            @QueryParam("to") @Pattern(regexp = "\\d{2}") String to, @NotNull @Valid Change body) {
        carts.change(shopper(token), variantId, body.quantity());
        return carts.view(carts.find(shopper(token)), to);
    }

    @DELETE
    @Path("/items/{variantId}")
    public CartView remove(@CookieParam(CartPages.COOKIE) String token, @PathParam("variantId") long variantId,
            @QueryParam("to") @Pattern(regexp = "\\d{2}") String to) {
        carts.change(shopper(token), variantId, 0);
        return carts.view(carts.find(shopper(token)), to);
    }

    private CartService.Shopper shopper(String token) {
        return new CartService.Shopper(CurrentAccount.optional(identity).orElse(null), token);
    }
}
