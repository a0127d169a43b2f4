package vn.chophien.catalog;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.idempotency.Idempotency;
import vn.chophien.web.Languages;

/** Listing products: sellers create and edit theirs; anyone reads the published ones. */
@Path("/api/products")
public class ProductResource {

    private final CatalogService catalog;
    private final CatalogMapper mapper;
    private final Listings listings;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    ProductResource(CatalogService catalog, CatalogMapper mapper, Listings listings, Idempotency idempotency,
            SecurityIdentity identity, HttpHeaders headers) {
        this.catalog = catalog;
        this.mapper = mapper;
        this.listings = listings;
        this.idempotency = idempotency;
        this.identity = identity;
        this.headers = headers;
    }

    /**
     * Creates a draft. A phone that lost its answer retries with the same Idempotency-Key and gets the same one. A
     * helper names the household it lists for with {@code sellerId}.
     */
    @POST
    @RolesAllowed({"SELLER", "POSTAL_STAFF", "OCOP_OFFICER"})
    public Response create(@HeaderParam(Idempotency.HEADER) String key, @QueryParam("sellerId") @Positive Long sellerId,
            @NotNull @Valid CatalogRequests.SaveProduct body) {
        long account = CurrentAccount.id(identity);
        String scope = sellerId == null ? "create-product" : "create-product-" + sellerId;
        return idempotency.once(account, key, scope, body, () -> {
            Product product = catalog.createProduct(account, sellerId, body);
            return Response.status(Response.Status.CREATED).entity(mapper.view(product, locale())).build();
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"SELLER", "POSTAL_STAFF", "OCOP_OFFICER"})
    @Transactional // the answer is mapped from the entities while they are still attached
    public CatalogViews.ProductView update(@PathParam("id") long id, @NotNull @Valid CatalogRequests.SaveProduct body) {
        return mapper.view(catalog.updateProduct(CurrentAccount.id(identity), id, body), locale());
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({"SELLER", "POSTAL_STAFF", "OCOP_OFFICER"})
    @Transactional // the answer is mapped from the entities while they are still attached
    public CatalogViews.ProductView publish(@PathParam("id") long id) {
        return mapper.view(catalog.publish(CurrentAccount.id(identity), id), locale());
    }

    @POST
    @Path("/{id}/pause")
    @RolesAllowed({"SELLER", "POSTAL_STAFF", "OCOP_OFFICER"})
    @Transactional // the answer is mapped from the entities while they are still attached
    public CatalogViews.ProductView pause(@PathParam("id") long id) {
        return mapper.view(catalog.pause(CurrentAccount.id(identity), id), locale());
    }

    @GET
    @Path("/{id}")
    public CatalogViews.ProductView product(@PathParam("id") long id) {
        Long viewer = identity.isAnonymous() ? null : CurrentAccount.id(identity);
        return mapper.view(catalog.visibleProduct(id, viewer), locale());
    }

    /**
     * Published products matching a buyer's search: {@code q} without diacritics finds words with them ("cam vang"
     * finds "Cam Vàng"), every word must match; filters narrow, {@code sort} orders (relevance by default).
     */
    @GET
    public CatalogViews.Page<CatalogViews.ProductSummary> list(@QueryParam("q") @Size(max = 200) String q,
            @QueryParam("category") @Size(max = 32) String category,
            @QueryParam("provinceCode") @Pattern(regexp = "\\d{2}") String provinceCode,
            @QueryParam("ocopStars") @Min(3) @Max(5) Integer ocopStars,
            @QueryParam("minPrice") @PositiveOrZero Long minPrice,
            @QueryParam("maxPrice") @PositiveOrZero Long maxPrice,
            @QueryParam("inStock") @DefaultValue("false") boolean inStock,
            @QueryParam("sort") @Size(max = 20) String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(ListingQuery.MAX_SIZE) int size) {
        return listings.find(new ListingQuery(q, Listings.category("category", category), provinceCode, null, ocopStars,
                minPrice, maxPrice, inStock, false, Listings.sort("sort", sort), page, size));
    }

    private Locale locale() {
        return Languages.of(headers);
    }
}
