package vn.chophien.fulfillment.office;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import vn.chophien.account.AccountService;
import vn.chophien.account.PostOfficeDirectory;
import vn.chophien.place.Commune;
import vn.chophien.place.PlaceService;
import vn.chophien.web.ProblemException;
import vn.chophien.web.Text;

/**
 * Post offices and the communes they serve. A commune is served by one office at most: asking for one already served
 * names the office that has it; the commune's primary key settles two ADMINs asking at once.
 */
@ApplicationScoped
public class PostOfficeService implements PostOfficeDirectory {

    private final EntityManager em;
    private final PlaceService places;
    private final AccountService accounts;
    private final Clock clock;

    PostOfficeService(EntityManager em, PlaceService places, AccountService accounts, Clock clock) {
        this.em = em;
        this.places = places;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public boolean exists(long postOfficeId) {
        return em.find(PostOffice.class, postOfficeId) != null;
    }

    @Transactional
    public PostOfficeView create(PostOfficeRequests.Create request) {
        Set<String> communes = new LinkedHashSet<>();
        for (int i = 0; i < request.communeCodes().size(); i++) {
            String code = request.communeCodes().get(i);
            if (places.commune(code).isEmpty()) {
                throw ProblemException.invalidField("communeCodes[" + i + "]", "unknown-commune");
            }
            communes.add(code);
        }
        String code = request.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!em.createQuery("select o.id from PostOffice o where o.code = :code", Long.class).setParameter("code", code)
                .getResultList().isEmpty()) {
            throw new ProblemException(409, "post-office-code-taken", code);
        }
        for (String commune : communes) {
            refuseIfServed(commune);
        }
        PostOffice office = new PostOffice();
        office.code = code;
        office.name = Text.clean(request.name());
        office.address = Text.clean(request.address());
        office.carrier = request.carrier() == null ? Carrier.VNPOST : request.carrier();
        office.createdAt = clock.instant();
        em.persist(office);
        for (String commune : communes) {
            PostOfficeCommune served = new PostOfficeCommune();
            served.communeCode = commune;
            served.postOfficeId = office.id;
            em.persist(served);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Another office took one of these communes (or this code) at the same moment: the keys decide.
            if (e.getCause() instanceof ConstraintViolationException || e instanceof ConstraintViolationException) {
                throw new ProblemException(409, "commune-served-meanwhile");
            }
            throw e;
        }
        return view(office);
    }

    /** Every office, by code. */
    public List<PostOfficeView> all() {
        return em.createQuery("select o from PostOffice o order by o.code", PostOffice.class).getResultList().stream()
                .map(this::view).toList();
    }

    /** The office that serves a commune, if any. */
    public Optional<PostOfficeView> serving(String communeCode) {
        PostOfficeCommune served = em.find(PostOfficeCommune.class, communeCode);
        return served == null ? Optional.empty() : Optional.of(view(em.find(PostOffice.class, served.postOfficeId)));
    }

    public PostOfficeView office(long id) {
        PostOffice office = em.find(PostOffice.class, id);
        if (office == null) {
            throw new ProblemException(404, "not-found");
        }
        return view(office);
    }

    /** The office a member of staff works for; a staff account without one may do nothing here (403). */
    public PostOfficeView ofStaff(long accountId) {
        Long office = accounts.staff(accountId).map(AccountService.Staff::postOfficeId).orElse(null);
        if (office == null) {
            throw new ProblemException(403, "no-post-office");
        }
        return office(office);
    }

    private void refuseIfServed(String communeCode) {
        PostOfficeCommune served = em.find(PostOfficeCommune.class, communeCode);
        if (served != null) {
            PostOffice other = em.find(PostOffice.class, served.postOfficeId);
            Commune commune = places.commune(communeCode).orElseThrow();
            throw new ProblemException(409, "commune-served", commune.name(), other.code, other.name)
                    .with("postOffice", Map.of("id", other.id, "code", other.code, "name", other.name))
                    .with("communeCode", communeCode);
        }
    }

    private PostOfficeView view(PostOffice office) {
        List<String> codes = em.createQuery(
                "select c.communeCode from PostOfficeCommune c where c.postOfficeId = :o" + " order by c.communeCode",
                String.class).setParameter("o", office.id).getResultList();
        List<PostOfficeView.CommuneView> communes = new ArrayList<>();
        for (String code : codes) {
            places.commune(code).ifPresent(c -> communes.add(new PostOfficeView.CommuneView(c.code(), c.name(),
                    places.province(c.provinceCode()).orElseThrow().name())));
        }
        return new PostOfficeView(office.id, office.code, office.name, office.address, office.carrier, communes);
    }
}
