package vn.chophien.catalog;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.place.Commune;
import vn.chophien.place.PlaceService;
import vn.chophien.place.Province;
import vn.chophien.web.BodyLimit;
import vn.chophien.web.Form;
import vn.chophien.web.Messages;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;

/**
 * The seller's pages, for a thumb on a 360 px screen and working without JavaScript: the shop with its products'
 * prices and stock editable in place (and a warning when an OCOP certificate lapses soon), a new product on one
 * screen, then its photos straight from the camera and its harvest batches.
 */
@Path("/seller")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("SELLER")
public class SellerPages {

    public record ProductRow(Product product, List<Variant> variants, String status) {
    }

    @CheckedTemplate(basePath = "catalog")
    static class Templates {
        static native TemplateInstance sellerNew(Page page, Form form, List<Province> provinces, Province province,
                List<Commune> communes);

        static native TemplateInstance sellerHome(Page page, Seller seller, String place, List<ProductRow> products,
                List<OcopBadges.Badge> expiring, String notice);

        static native TemplateInstance productNew(Page page, Form form, List<Category> categories, String lang);

        static native TemplateInstance productEdit(Page page, Product product, List<CatalogViews.PhotoView> photos,
                boolean canAddPhoto, String error, List<HarvestBatches.Line> batches,
                List<ListingChannels.ChannelState> channels);
    }

    private final CatalogService catalog;
    private final ProductPhotos photos;
    private final CatalogMapper mapper;
    private final OcopBadges badges;
    private final ListingChannels channels;
    private final HarvestBatches batches;
    private final PlaceService places;
    private final Pages pages;
    private final Validator validator;
    private final Messages messages;
    private final SecurityIdentity identity;

    SellerPages(CatalogService catalog, ProductPhotos photos, CatalogMapper mapper, OcopBadges badges,
            HarvestBatches batches, PlaceService places, Pages pages, Validator validator, Messages messages,
            SecurityIdentity identity, ListingChannels channels) {
        this.catalog = catalog;
        this.channels = channels;
        this.photos = photos;
        this.mapper = mapper;
        this.badges = badges;
        this.batches = batches;
        this.places = places;
        this.pages = pages;
        this.validator = validator;
        this.messages = messages;
        this.identity = identity;
    }

    /** The shop, or the form that creates it (province first, then its communes: no script needed). */
    @GET
    @Transactional
    public TemplateInstance home(@QueryParam("province") String provinceCode) {
        long account = CurrentAccount.id(identity);
        Optional<Long> sellerId = catalog.sellerOf(account);
        if (sellerId.isEmpty()) {
            return sellerForm(new Form(Map.of("province", provinceCode == null ? "" : provinceCode), Map.of()));
        }
        return shop(account, null);
    }

    private TemplateInstance shop(long account, String notice) {
        Seller seller = catalog.seller(catalog.sellerOf(account).orElseThrow());
        List<ProductRow> rows = catalog.ownProducts(account).stream()
                .map(p -> new ProductRow(p, List.copyOf(p.variants), p.status.name())).toList();
        CatalogViews.Place place = mapper.place(seller.communeCode);
        return pages.render(Templates.sellerHome(pages.page(), seller,
                place.communeName() + ", " + place.provinceName(), rows, badges.expiringSoon(seller.id), notice));
    }

    @POST
    public Response createSeller(@RestForm String kind, @RestForm String name, @RestForm String province,
            @RestForm String communeCode, @RestForm String address, @RestForm String phone) {
        SellerKind chosen = "COOPERATIVE".equals(kind)
                ? SellerKind.COOPERATIVE
                : "ENTERPRISE".equals(kind) ? SellerKind.ENTERPRISE : SellerKind.HOUSEHOLD;
        CatalogRequests.CreateSeller request = new CatalogRequests.CreateSeller(chosen, name, communeCode, address,
                phone == null || phone.isBlank() ? null : phone, null);
        Map<String, String> values = values("kind", chosen.name(), "name", name, "province", province, "communeCode",
                communeCode, "address", address, "phone", phone);
        Map<String, String> errors = check(request);
        if (errors.isEmpty()) {
            try {
                catalog.createSeller(CurrentAccount.id(identity), request);
                return Response.seeOther(URI.create("/seller")).build();
            } catch (ProblemException e) {
                errors = Map.of(field(e), text(e));
            }
        }
        return Response.status(400).entity(sellerForm(new Form(values, errors))).build();
    }

    @GET
    @Path("products/new")
    public TemplateInstance newProduct() {
        return productForm(new Form(Map.of("label", "1 kg", "weightGrams", "1000"), Map.of()));
    }

    @POST
    @Path("products")
    public Response createProduct(@RestForm String name, @RestForm String category, @RestForm String description,
            @RestForm String label, @RestForm String weightGrams, @RestForm String priceVnd, @RestForm String stock) {
        Map<String, String> values = values("name", name, "category", category, "description", description, "label",
                label, "weightGrams", weightGrams, "priceVnd", priceVnd, "stock", stock);
        CatalogRequests.SaveVariant variant = new CatalogRequests.SaveVariant(null, label, number(weightGrams),
                priceVnd == null ? null : (long) Optional.ofNullable(number(priceVnd.replace(".", ""))).orElse(-1),
                number(stock), null);
        CatalogRequests.SaveProduct request = new CatalogRequests.SaveProduct(name, category(category),
                description == null ? "" : description, null, null, null, List.of(variant), null);
        Map<String, String> errors = check(request);
        if (errors.isEmpty()) {
            try {
                Product product = catalog.createProduct(CurrentAccount.id(identity), request);
                return Response.seeOther(URI.create("/seller/products/" + product.id)).build();
            } catch (ProblemException e) {
                errors = Map.of(field(e), text(e));
            }
        }
        return Response.status(400).entity(productForm(new Form(values, errors))).build();
    }

    @GET
    @Path("products/{id}")
    @Transactional
    public TemplateInstance editProduct(@PathParam("id") long id) {
        return productPage(id, null);
    }

    /** Photos from the phone's camera; the script shrinks them first when it can, the server re-encodes anyway. */
    @BodyLimit(BodyLimit.UPLOAD)
    @POST
    @Path("products/{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addPhoto(@PathParam("id") long id, @RestForm("file") FileUpload file) throws IOException {
        try {
            if (file == null || file.uploadedFile() == null || file.size() == 0) {
                throw new ProblemException(400, "photo-missing");
            }
            photos.add(CurrentAccount.id(identity), id, file.uploadedFile());
            return Response.seeOther(URI.create("/seller/products/" + id)).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            Response.ResponseBuilder page = Response.status(e.status())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(QuarkusTransaction.requiringNew().call(() -> productPage(id, text(e)).render()));
            e.headers().forEach(page::header);
            return page.build();
        }
    }

    /**
     * New prices and stock for every variant of a product, from the row on the shop page. The form carries each pack
     * size's version: a form made before a sale (or another edit) is refused, and the shop is shown again with the
     * current figures, rather than putting back the boxes that sold meanwhile.
     */
    @POST
    @Path("products/{id}/stock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateStock(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        long account = CurrentAccount.id(identity);
        try {
            QuarkusTransaction.requiringNew().run(() -> saveStock(account, id, form));
        } catch (ProblemException | OptimisticLockException e) {
            if (e instanceof ProblemException problem && problem.status() != 409) {
                throw problem;
            }
            String notice = messages.get(pages.page().locale(), "edited-meanwhile-stock");
            String page = QuarkusTransaction.requiringNew().call(() -> shop(account, notice).render());
            return Response.status(409).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
        }
        return Response.seeOther(URI.create("/seller#product-" + id)).build();
    }

    private void saveStock(long account, long id, MultivaluedMap<String, String> form) {
        Product product = catalog.ownProduct(account, id);
        List<CatalogRequests.SaveVariant> variants = new ArrayList<>();
        for (Variant v : product.variants) {
            Integer stock = number(formValue(form, "stock-" + v.id));
            Integer price = number(
                    Optional.ofNullable(formValue(form, "price-" + v.id)).map(p -> p.replace(".", "")).orElse(null));
            Long seen = Optional.ofNullable(number(formValue(form, "version-" + v.id))).map(Integer::longValue)
                    .orElse(-1L);
            variants.add(new CatalogRequests.SaveVariant(v.id, v.label, v.weightGrams,
                    price == null ? v.priceVnd : price.longValue(), stock == null ? v.stock : stock, v.sku, seen));
        }
        Long version = Optional.ofNullable(number(formValue(form, "version"))).map(Integer::longValue).orElse(null);
        CatalogRequests.SaveProduct request = new CatalogRequests.SaveProduct(product.name, product.category,
                product.description, product.originCommuneCode, product.availableFrom, product.availableTo, variants,
                version);
        Map<String, String> errors = check(request);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation");
        }
        catalog.updateProduct(account, id, request);
    }

    @POST
    @Path("products/{id}/publish")
    public Response publish(@PathParam("id") long id) {
        catalog.publish(CurrentAccount.id(identity), id);
        return Response.seeOther(URI.create("/seller#product-" + id)).build();
    }

    @POST
    @Path("products/{id}/pause")
    public Response pause(@PathParam("id") long id) {
        catalog.pause(CurrentAccount.id(identity), id);
        return Response.seeOther(URI.create("/seller#product-" + id)).build();
    }

    private TemplateInstance productPage(long id, String error) {
        long account = CurrentAccount.id(identity);
        Product product = catalog.ownProduct(account, id);
        List<CatalogViews.PhotoView> views = photos.photos(id).stream().map(mapper::photo).toList();
        return pages.render(Templates.productEdit(pages.page(), product, views, views.size() < ProductPhotos.MAX_PHOTOS,
                error, batches.batchesOf(account, id), channels.of(id)));
    }

    private TemplateInstance sellerForm(Form form) {
        Province province = places.province(form.value("province")).orElse(null);
        List<Commune> communes = province == null ? List.of() : places.communesOf(province.code()).orElseThrow();
        return pages.render(Templates.sellerNew(pages.page(), form, places.provinces(), province, communes));
    }

    private TemplateInstance productForm(Form form) {
        return pages.render(
                Templates.productNew(pages.page(), form, Arrays.asList(Category.values()), pages.page().lang()));
    }

    private <T> Map<String, String> check(T request) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<T> v : validator.validate(request)) {
            String path = v.getPropertyPath().toString().replaceFirst("^variants\\[0\\]\\.", "");
            errors.putIfAbsent(path, v.getMessage());
        }
        return errors;
    }

    private String text(ProblemException e) {
        String key = e.errors().isEmpty() ? e.key() : e.errors().get(0).message();
        return messages.get(pages.page().locale(), key, e.args());
    }

    private static String field(ProblemException e) {
        return e.errors().isEmpty() ? "" : e.errors().get(0).field();
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return values;
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replace(" ", ""));
        } catch (NumberFormatException e) {
            return -1; // shown as out of range by validation
        }
    }

    private static Category category(String code) {
        try {
            return code == null ? null : Category.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String formValue(MultivaluedMap<String, String> form, String name) {
        return form.getFirst(name);
    }
}
