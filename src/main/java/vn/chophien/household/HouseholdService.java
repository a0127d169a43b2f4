package vn.chophien.household;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.chophien.account.Account;
import vn.chophien.account.AccountService;
import vn.chophien.catalog.CatalogRequests;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.Seller;
import vn.chophien.catalog.SellerEdited;
import vn.chophien.catalog.SellerHelpers;
import vn.chophien.catalog.SellerKind;
import vn.chophien.place.PlaceService;
import vn.chophien.web.ProblemException;

/**
 * Households signed up by a helper (post office staff, OCOP officer): their account and shop are made the way a seller
 * makes its own, and the helper acts for them until they take their account over, after that only while they keep it.
 * Every change a helper makes to a household's listings is recorded with the helper's name, in the change's
 * transaction.
 */
@ApplicationScoped
public class HouseholdService implements SellerHelpers {

    private final EntityManager em;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final PlaceService places;
    private final Clock clock;

    HouseholdService(EntityManager em, AccountService accounts, CatalogService catalog, PlaceService places,
            Clock clock) {
        this.em = em;
        this.accounts = accounts;
        this.catalog = catalog;
        this.places = places;
        this.clock = clock;
    }

    /** Opens the household's SELLER account and its shop, managed by the helper; 409 when the phone is taken. */
    @Transactional
    public HouseholdViews.Registered register(long helperId, HouseholdRequests.Register request) {
        checkArea(helperId, request.communeCode());
        Account account = accounts.createAssisted(request.phone(), request.name());
        Seller seller = catalog.createSeller(account.id, new CatalogRequests.CreateSeller(SellerKind.HOUSEHOLD,
                request.name(), request.communeCode(), request.village(), account.phone, null));
        AssistedHousehold household = new AssistedHousehold();
        household.sellerId = seller.id;
        household.accountId = account.id;
        household.helperAccountId = helperId;
        household.createdAt = clock.instant();
        em.persist(household);
        record(helperId, seller.id, HelperAct.REGISTERED, null, seller.name);
        return new HouseholdViews.Registered(account.id, seller.id);
    }

    /** An OCOP officer signs up households of its own province only; 400 otherwise. */
    public void checkArea(long helperId, String communeCode) {
        Optional<String> province = accounts.provinceOf(helperId);
        if (province.isEmpty()) {
            return;
        }
        places.commune(communeCode).filter(c -> !c.provinceCode().equals(province.get())).ifPresent(c -> {
            throw ProblemException.invalidField("communeCode", "commune-outside-province");
        });
    }

    @Override
    public boolean mayActFor(long helperAccountId, long sellerId) {
        AssistedHousehold household = em.find(AssistedHousehold.class, sellerId);
        return household != null && household.helperAccountId == helperAccountId && household.helperActive();
    }

    /** The household when this helper may act for it now; 404 otherwise (someone else's, or no longer kept). */
    public AssistedHousehold managed(long helperId, long sellerId) {
        if (!mayActFor(helperId, sellerId)) {
            throw new ProblemException(404, "not-found");
        }
        return em.find(AssistedHousehold.class, sellerId);
    }

    /** The households the helper acts for now, newest first. */
    public HouseholdViews.Page<HouseholdViews.Managed> managedBy(long helperId, int page, int size) {
        String where = " from AssistedHousehold h where h.helperAccountId = :helper"
                + " and (h.takenOverAt is null or h.helperKept = true)";
        long total = em.createQuery("select count(h)" + where, Long.class).setParameter("helper", helperId)
                .getSingleResult();
        List<AssistedHousehold> rows = em
                .createQuery("select h" + where + " order by h.createdAt desc, h.sellerId desc",
                        AssistedHousehold.class)
                .setParameter("helper", helperId).setFirstResult(page * size).setMaxResults(size).getResultList();
        List<HouseholdViews.Managed> items = rows.stream().map(h -> {
            Seller s = catalog.seller(h.sellerId);
            return new HouseholdViews.Managed(s.id, h.accountId, s.name, s.phone, s.communeCode, s.address, h.createdAt,
                    h.takenOverAt, h.helperActive());
        }).toList();
        return new HouseholdViews.Page<>(items, total, page, size);
    }

    /** The households of these accounts' phones that this helper manages now, by phone: what an import finds. */
    public Map<String, Long> managedByPhone(long helperId, List<String> phones) {
        Map<Long, String> phoneOfAccount = new java.util.HashMap<>();
        accounts.idsByPhone(phones).forEach((phone, id) -> phoneOfAccount.put(id, phone));
        Map<String, Long> found = new java.util.HashMap<>();
        catalog.sellersOf(phoneOfAccount.keySet()).forEach((accountId, sellerId) -> {
            if (mayActFor(helperId, sellerId)) {
                found.put(phoneOfAccount.get(accountId), sellerId);
            }
        });
        return found;
    }

    /** The first sign-in of the household with a code: from now on its helper acts only if the household keeps it. */
    @Transactional
    public void takenOver(long accountId) {
        em.createQuery("select h from AssistedHousehold h where h.accountId = :a", AssistedHousehold.class)
                .setParameter("a", accountId).getResultList().stream().filter(h -> h.takenOverAt == null).forEach(h -> {
                    h.takenOverAt = clock.instant();
                    h.helperKept = false;
                });
    }

    /** Whether this phone is an assisted household's login (who may sign in with a code). */
    public Optional<Long> assistedAccount(String phone) {
        return accounts.idsByPhone(List.of(phone)).values().stream()
                .filter(id -> !em
                        .createQuery("select h.sellerId from AssistedHousehold h where h.accountId = :a", Long.class)
                        .setParameter("a", id).getResultList().isEmpty())
                .findFirst();
    }

    /** The household's own view: its helper and what the helper did, newest first. */
    public HouseholdViews.Own own(long accountId, int page, int size) {
        long sellerId = catalog.sellerOf(accountId).orElseThrow(() -> new ProblemException(404, "not-found"));
        AssistedHousehold household = em.find(AssistedHousehold.class, sellerId);
        HouseholdViews.Helper helper = household == null
                ? null
                : new HouseholdViews.Helper(accounts.byId(household.helperAccountId).name, household.takenOverAt,
                        household.helperKept, household.helperActive());
        long total = em.createQuery("select count(a) from HelperAct a where a.sellerId = :s", Long.class)
                .setParameter("s", sellerId).getSingleResult();
        List<HouseholdViews.Act> acts = em
                .createQuery("select a from HelperAct a where a.sellerId = :s order by a.actedAt desc, a.id desc",
                        HelperAct.class)
                .setParameter("s", sellerId).setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(a -> new HouseholdViews.Act(a.actedAt, a.helperName, a.action, a.productId, a.subject)).toList();
        return new HouseholdViews.Own(sellerId, helper, acts, total, page, size);
    }

    /** The household keeps its helper (it may act again) or lets it go; 404 for a shop no helper signed up. */
    @Transactional
    public void keepHelper(long accountId, boolean kept) {
        long sellerId = catalog.sellerOf(accountId).orElseThrow(() -> new ProblemException(404, "not-found"));
        AssistedHousehold household = em.find(AssistedHousehold.class, sellerId);
        if (household == null || household.accountId != accountId) {
            throw new ProblemException(404, "not-found");
        }
        if (household.takenOverAt == null) {
            household.takenOverAt = clock.instant();
        }
        household.helperKept = kept;
    }

    /** Records a helper's change to a household's listings; changes by anyone else are not a helper's. */
    void onEdited(@Observes SellerEdited edited) {
        if (catalog.sellerOf(edited.accountId()).map(id -> id == edited.sellerId()).orElse(false)) {
            return;
        }
        if (mayActFor(edited.accountId(), edited.sellerId())) {
            record(edited.accountId(), edited.sellerId(), edited.what().name(), edited.productId(), edited.subject());
        }
    }

    /** Records, in a transaction of its own, an act of the helper that changed nothing else (a code sent). */
    @Transactional
    public void recordNow(long helperId, long sellerId, String action) {
        record(helperId, sellerId, action, null, null);
    }

    /** Records an act of the helper for the household. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long helperId, long sellerId, String action, Long productId, String subject) {
        HelperAct act = new HelperAct();
        act.sellerId = sellerId;
        act.helperAccountId = helperId;
        act.helperName = accounts.byId(helperId).name;
        act.action = action;
        act.productId = productId;
        act.subject = subject == null || subject.length() <= 200 ? subject : subject.substring(0, 200);
        act.actedAt = clock.instant();
        em.persist(act);
    }
}
