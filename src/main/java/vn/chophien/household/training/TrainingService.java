package vn.chophien.household.training;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.chophien.account.AccountService;
import vn.chophien.account.PhoneNumber;
import vn.chophien.catalog.CatalogService;
import vn.chophien.dashboard.TrainedHouseholds;
import vn.chophien.household.HouseholdService;
import vn.chophien.order.OrderService;
import vn.chophien.place.Commune;
import vn.chophien.place.PlaceService;
import vn.chophien.web.ProblemException;

/** Training classes the helpers hold, and what came of them: households trained, and how many of them sell. */
@ApplicationScoped
public class TrainingService {

    private final EntityManager em;
    private final PlaceService places;
    private final HouseholdService households;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final OrderService orders;
    private final Clock clock;

    TrainingService(EntityManager em, PlaceService places, HouseholdService households, AccountService accounts,
            CatalogService catalog, OrderService orders, Clock clock) {
        this.em = em;
        this.places = places;
        this.households = households;
        this.accounts = accounts;
        this.catalog = catalog;
        this.orders = orders;
        this.clock = clock;
    }

    @Transactional
    public TrainingClass record(long helperId, TrainingRequests request) {
        Commune commune = places.commune(request.communeCode())
                .orElseThrow(() -> ProblemException.invalidField("communeCode", "unknown-commune"));
        households.checkArea(helperId, commune.code());
        if (request.heldOn().isAfter(java.time.LocalDate.now(clock))) {
            throw ProblemException.invalidField("heldOn", "training-in-future");
        }
        TrainingClass training = new TrainingClass();
        training.heldOn = request.heldOn();
        training.communeCode = commune.code();
        training.provinceCode = commune.provinceCode();
        training.trainer = vn.chophien.web.Text.clean(request.trainer());
        training.recordedBy = helperId;
        training.createdAt = clock.instant();
        request.attendeePhones().forEach(p -> training.attendees.add(PhoneNumber.normalise(p).orElseThrow()));
        em.persist(training);
        return training;
    }

    /** The counts of one province's classes, or of every class when {@code provinceCode} is null. */
    public TrainingCounts counts(String provinceCode) {
        var classes = em.createQuery("select count(t) from TrainingClass t"
                + (provinceCode == null ? "" : " where t.provinceCode = :province"), Long.class);
        if (provinceCode != null) {
            classes.setParameter("province", provinceCode);
        }
        List<String> trained = trainedPhones(provinceCode, null);
        return new TrainingCounts(classes.getSingleResult(), trained.size(), selling(trained));
    }

    /** Households trained in a province's classes held up to that day, and the sellers they became. */
    public TrainedHouseholds.Trained trainedUpTo(String provinceCode, java.time.LocalDate upTo) {
        List<String> trained = trainedPhones(provinceCode, upTo);
        Map<String, Long> accountIds = accounts.idsByPhone(trained);
        return new TrainedHouseholds.Trained(trained.size(),
                Set.copyOf(catalog.sellersOf(accountIds.values()).values()));
    }

    /** The phones of everyone who attended a class, of one province or all (null), held up to a day or ever (null). */
    private List<String> trainedPhones(String provinceCode, java.time.LocalDate upTo) {
        String where = (provinceCode == null ? " where 1 = 1" : " where t.provinceCode = :province")
                + (upTo == null ? "" : " and t.heldOn <= :upTo");
        var phones = em.createQuery("select distinct p from TrainingClass t join t.attendees p" + where, String.class);
        if (provinceCode != null) {
            phones.setParameter("province", provinceCode);
        }
        if (upTo != null) {
            phones.setParameter("upTo", upTo);
        }
        return phones.getResultList();
    }

    private long selling(Collection<String> phones) {
        Map<String, Long> accountIds = accounts.idsByPhone(phones);
        Map<Long, Long> sellers = catalog.sellersOf(accountIds.values());
        Set<Long> sold = orders.sellersWithOrders(sellers.values());
        return sold.size();
    }
}
