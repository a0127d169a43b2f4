package vn.chophien.account;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.chophien.place.PlaceService;
import vn.chophien.web.ProblemException;
import vn.chophien.web.Text;

/** Registration, sign-in and the accounts an ADMIN creates. */
@ApplicationScoped
public class AccountService {

    /** What an account without a password holds in place of a hash: no password matches it. */
    private static final String NO_PASSWORD = "!none";

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final TokenIssuer tokens;
    private final PlaceService places;
    private final Sessions sessions;
    private final PostOfficeDirectory postOffices;

    AccountService(AccountRepository accounts, PasswordHasher hasher, LoginThrottle throttle, TokenIssuer tokens,
            PlaceService places, Sessions sessions, PostOfficeDirectory postOffices) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.tokens = tokens;
        this.places = places;
        this.postOffices = postOffices;
    }

    /** A buyer or seller signs themselves up. */
    @Transactional
    public Account register(AccountRequests.Register request) {
        if (!request.role().selfService()) {
            throw ProblemException.invalidField("role", "role-not-self-service");
        }
        return create(request.phone(), hasher.hash(request.password()), request.name(), request.role(), null, null);
    }

    /**
     * A SELLER account a helper opens for a household, with no password: the household signs in with one-time codes
     * sent to its phone (and may choose a password then). 409 when the phone is taken.
     */
    @Transactional
    public Account createAssisted(String phone, String name) {
        return create(phone, NO_PASSWORD, name, Role.SELLER, null, null);
    }

    /** Opens a session for an account whose phone was just proven (a one-time code it received). */
    public AccountViews.Token signInProven(long accountId) {
        return tokens.issue(byId(accountId));
    }

    /** Sets a first or new password without the current one; only after the phone was proven by a code. */
    @Transactional
    public void setPasswordProven(long accountId, String password) {
        byId(accountId).passwordHash = hasher.hash(password);
    }

    /** The accounts registered with these {@code +84…} phones, by phone. */
    public Map<String, Long> idsByPhone(Collection<String> phones) {
        if (phones.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> found = new HashMap<>();
        accounts.getEntityManager()
                .createQuery("select a.phone, a.id from Account a where a.phone in :phones", Object[].class)
                .setParameter("phones", phones).getResultList()
                .forEach(row -> found.put((String) row[0], (Long) row[1]));
        return found;
    }

    /** An ADMIN creates any kind of account, including staff bound to a post office or a province. */
    @Transactional
    public Account createByAdmin(AccountRequests.CreateAccount request) {
        if (request.role() == Role.POSTAL_STAFF && request.postOfficeId() == null) {
            throw ProblemException.invalidField("postOfficeId", "role-needs-post-office");
        }
        if (request.role() == Role.OCOP_OFFICER && request.provinceCode() == null) {
            throw ProblemException.invalidField("provinceCode", "role-needs-province");
        }
        if (request.role() == Role.POSTAL_STAFF && !postOffices.exists(request.postOfficeId())) {
            throw ProblemException.invalidField("postOfficeId", "unknown-post-office");
        }
        if (request.provinceCode() != null && places.province(request.provinceCode()).isEmpty()) {
            throw ProblemException.invalidField("provinceCode", "unknown-province");
        }
        Long office = request.role() == Role.POSTAL_STAFF ? request.postOfficeId() : null;
        String province = request.role() == Role.OCOP_OFFICER ? request.provinceCode() : null;
        return create(request.phone(), hasher.hash(request.password()), request.name(), request.role(), office,
                province);
    }

    /** Creates the configured first ADMIN unless an account already holds that phone; true when it did. */
    @Transactional
    public boolean ensureAdmin(String phone, String password, String name) {
        String normalised = PhoneNumber.normalise(phone)
                .orElseThrow(() -> new IllegalArgumentException("chophien.admin.phone is not a Vietnamese mobile"));
        if (accounts.phoneTaken(normalised)) {
            return false;
        }
        create(normalised, hasher.hash(password), name, Role.ADMIN, null, null);
        return true;
    }

    /**
     * Checks the password and issues a token for a new session. The try is counted against the phone and the client
     * address before the password is checked, and forgiven if it was right; too many failures make the next try wait.
     */
    public AccountViews.Token login(AccountRequests.Login request, String clientAddress) {
        String phone = PhoneNumber.normalise(request.phone()).orElse(request.phone().strip());
        throttle.reserve(phone, clientAddress);
        Account account = accounts.findByPhone(phone).orElse(null);
        if (account == null) {
            hasher.matchDecoy(request.password());
        }
        if (account == null || !hasPassword(account) || !hasher.matches(request.password(), account.passwordHash)) {
            throw new ProblemException(401, "bad-credentials");
        }
        throttle.succeeded(phone, clientAddress);
        return tokens.issue(account);
    }

    /**
     * A new password, given the current one (counted like a sign-in, so it cannot be used to guess); every session of
     * the account ends.
     */
    public void changePassword(long accountId, AccountRequests.ChangePassword request, String clientAddress) {
        Account account = byId(accountId);
        throttle.reserve(account.phone, clientAddress);
        if (!hasPassword(account) || !hasher.matches(request.currentPassword(), account.passwordHash)) {
            throw ProblemException.invalidField("currentPassword", "wrong-password");
        }
        throttle.succeeded(account.phone, clientAddress);
        QuarkusTransaction.requiringNew().run(() -> {
            Account changed = accounts.findById(accountId);
            changed.passwordHash = hasher.hash(request.newPassword());
        });
        sessions.revokeAll(accountId);
    }

    /**
     * Holds the account's row until the caller's transaction ends, so that two checkouts of one buyer are counted one
     * after the other (limits on open orders).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdForUpdate(long accountId) {
        accounts.getEntityManager().createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR UPDATE")
                .setParameter(1, accountId).getResultList();
    }

    /** The id of the SELLER account registered with this phone; 404 when there is none. */
    public long idOfSeller(String phone) {
        return accounts.findByPhone(phone).filter(a -> a.roles.contains(Role.SELLER)).map(a -> a.id)
                .orElseThrow(() -> new ProblemException(404, "no-seller-account"));
    }

    /** Who a member of staff is, as other features need it: name, phone and office (empty for an unknown id). */
    public Optional<Staff> staff(long accountId) {
        return accounts.findByIdOptional(accountId).map(a -> new Staff(a.id, a.name, a.phone, a.postOfficeId));
    }

    /** The province an OCOP officer works for (empty for any other account). */
    public Optional<String> provinceOf(long accountId) {
        return accounts.findByIdOptional(accountId).map(a -> a.provinceCode);
    }

    /** A phone to reach an account by (a seller's contact when its shop has none of its own). */
    public Optional<String> phoneOf(long accountId) {
        return accounts.findByIdOptional(accountId).map(a -> a.phone);
    }

    /** The accounts of a post office's staff and every ADMIN: who hears that cash collected did not match. */
    public List<Long> staffOfOfficeAndAdmins(long postOfficeId) {
        return accounts.getEntityManager()
                .createQuery("select distinct a.id from Account a join a.roles r where (r = :staff and a.postOfficeId"
                        + " = :office) or r = :admin order by a.id", Long.class)
                .setParameter("staff", Role.POSTAL_STAFF).setParameter("office", postOfficeId)
                .setParameter("admin", Role.ADMIN).getResultList();
    }

    /** A member of staff as other features see them. */
    public record Staff(long id, String name, String phone, Long postOfficeId) {
    }

    public Account byId(long id) {
        return accounts.findByIdOptional(id).orElseThrow(() -> new ProblemException(404, "not-found"));
    }

    private static boolean hasPassword(Account account) {
        return !NO_PASSWORD.equals(account.passwordHash);
    }

    private Account create(String phoneText, String passwordHash, String name, Role role, Long postOfficeId,
            String provinceCode) {
        String phone = PhoneNumber.normalise(phoneText)
                .orElseThrow(() -> ProblemException.invalidField("phone", "invalid-value"));
        if (accounts.phoneTaken(phone)) {
            throw new ProblemException(409, "phone-taken");
        }
        Account account = new Account();
        account.phone = phone;
        account.passwordHash = passwordHash;
        account.name = Text.clean(name);
        account.roles = EnumSet.of(role);
        account.postOfficeId = postOfficeId;
        account.provinceCode = provinceCode;
        account.createdAt = Instant.now();
        try {
            accounts.persistAndFlush(account);
        } catch (PersistenceException e) {
            // Two registrations of one phone at the same moment: the unique key decides.
            if (e.getCause() instanceof ConstraintViolationException || e instanceof ConstraintViolationException) {
                throw new ProblemException(409, "phone-taken");
            }
            throw e;
        }
        return account;
    }
}
