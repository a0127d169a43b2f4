package vn.chophien.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.chophien.photo.ImageProcessor;
import vn.chophien.photo.PhotoKeys;
import vn.chophien.photo.PhotoStore;
import vn.chophien.web.ProblemException;

/** Up to eight photos per product: added from the seller's phone, reordered (the first is the cover), removed. */
@ApplicationScoped
public class ProductPhotos {

    public static final int MAX_PHOTOS = 8;

    private final EntityManager em;
    private final CatalogService catalog;
    private final ImageProcessor images;
    private final PhotoStore store;

    ProductPhotos(EntityManager em, CatalogService catalog, ImageProcessor images, PhotoStore store) {
        this.em = em;
        this.catalog = catalog;
        this.images = images;
        this.store = store;
    }

    /**
     * Re-encodes and stores the upload, then records it. The image work runs outside any transaction, so a crowd of
     * uploads holds no database connection while it decodes; the row is written in a short transaction after, which
     * checks ownership and the count again (a photo added meanwhile counts).
     */
    public ProductPhoto add(long accountId, long productId, Path upload) {
        return add(accountId, productId, () -> images.process(upload));
    }

    /** The same, for an image already in memory (demo pictures). */
    public ProductPhoto add(long accountId, long productId, byte[] upload) {
        return add(accountId, productId, () -> images.process(upload));
    }

    private ProductPhoto add(long accountId, long productId, Supplier<ImageProcessor.Processed> processing) {
        QuarkusTransaction.requiringNew().run(() -> {
            catalog.ownProduct(accountId, productId);
            checkRoom(productId);
        });
        ImageProcessor.Processed processed = processing.get();
        String name = UUID.randomUUID().toString();
        String displayKey = PhotoKeys.display(name);
        String mediumKey = PhotoKeys.mediumOf(displayKey);
        String thumbKey = PhotoKeys.thumbnail(name);
        try {
            store.put(displayKey, processed.display());
            store.put(mediumKey, processed.medium());
            store.put(thumbKey, processed.thumbnail());
        } catch (IOException e) {
            throw new UncheckedIOException("The photo could not be stored", e);
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Product product = catalog.ownProduct(accountId, productId);
                // one photo's position at a time (a native lock: MariaDB refuses Hibernate's "FOR UPDATE OF")
                em.createNativeQuery("SELECT id FROM product WHERE id = ?1 FOR UPDATE").setParameter(1, productId)
                        .getResultList();
                ProductPhoto photo = new ProductPhoto();
                photo.product = product;
                photo.position = checkRoom(productId);
                photo.displayKey = displayKey;
                photo.thumbKey = thumbKey;
                photo.width = processed.width();
                photo.height = processed.height();
                photo.createdAt = Instant.now();
                em.persist(photo);
                catalog.listingChanged(productId); // cards show the cover
                catalog.edited(accountId, product, SellerEdited.What.PHOTO_ADDED);
                return photo;
            });
        } catch (RuntimeException e) {
            forget(displayKey, mediumKey, thumbKey);
            throw e;
        }
    }

    /** The position the next photo takes; 409 when the product already has all it may. */
    private int checkRoom(long productId) {
        int count = photos(productId).size();
        if (count >= MAX_PHOTOS) {
            throw new ProblemException(409, "too-many-photos", MAX_PHOTOS);
        }
        return count;
    }

    private void forget(String... keys) {
        for (String key : keys) {
            try {
                store.delete(key);
            } catch (IOException e) {
                // an orphaned file is harmless and unreachable by key
            }
        }
    }

    /** Puts the photos in the given order; the list must name each of the product's photos once. */
    @Transactional
    public List<ProductPhoto> reorder(long accountId, long productId, List<Long> photoIds) {
        Product product = catalog.ownProduct(accountId, productId);
        List<ProductPhoto> photos = photos(productId);
        if (photoIds.size() != photos.size() || new HashSet<>(photoIds).size() != photoIds.size()
                || !photos.stream().allMatch(p -> photoIds.contains(p.id))) {
            throw ProblemException.invalidField("photoIds", "photo-order-incomplete");
        }
        List<ProductPhoto> ordered = new ArrayList<>();
        for (Long id : photoIds) {
            ProductPhoto photo = photos.stream().filter(p -> p.id.equals(id)).findFirst().orElseThrow();
            photo.position = ordered.size();
            ordered.add(photo);
        }
        catalog.listingChanged(productId);
        catalog.edited(accountId, product, SellerEdited.What.PHOTOS_REORDERED);
        return ordered;
    }

    @Transactional
    public void remove(long accountId, long productId, long photoId) {
        Product product = catalog.ownProduct(accountId, productId);
        List<ProductPhoto> photos = photos(productId);
        ProductPhoto photo = photos.stream().filter(p -> p.id == photoId).findFirst()
                .orElseThrow(() -> new ProblemException(404, "not-found"));
        em.remove(photo);
        photos.remove(photo);
        for (int i = 0; i < photos.size(); i++) {
            photos.get(i).position = i;
        }
        catalog.listingChanged(productId);
        catalog.edited(accountId, product, SellerEdited.What.PHOTO_REMOVED);
        try {
            store.delete(photo.displayKey);
            store.delete(PhotoKeys.mediumOf(photo.displayKey));
            store.delete(photo.thumbKey);
        } catch (IOException e) {
            // The row is gone; an orphaned file is harmless and unreachable by key.
        }
    }

    public List<ProductPhoto> photos(long productId) {
        return em.createQuery("select p from ProductPhoto p where p.product.id = :id order by p.position",
                ProductPhoto.class).setParameter("id", productId).getResultList();
    }
}
