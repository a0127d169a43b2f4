package vn.chophien.payment;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.chophien.order.Order;
import vn.chophien.order.OrderService;
import vn.chophien.order.PaymentStatus;
import vn.chophien.web.ProblemException;

/**
 * Matches bank transfers to VietQR orders. Banks shorten and reformat what the payer typed (upper case, no spaces or
 * dashes, sometimes a prefix), so the order code is looked for anywhere in the content with everything else stripped.
 * A transfer is credited to its order whatever its amount; the order is PAID only once it has received its total
 * (see {@link OrderService#recordPayment}). Anything without an unpaid order's code waits for an ADMIN.
 */
@ApplicationScoped
public class BankCredits {

    private static final Logger LOG = Logger.getLogger(BankCredits.class);
    private static final Pattern CODE = Pattern.compile("CP[2-9A-HJKMNP-Z]{8}");
    private static final int CODE_LENGTH = 10;

    private final EntityManager em;
    private final OrderService orders;

    BankCredits(EntityManager em, OrderService orders) {
        this.em = em;
        this.orders = orders;
    }

    /** Records a credit once per bank reference and pays the order it matches; returns the credit. */
    @Transactional
    public BankCredit record(PaymentRequests.Credit notice) {
        Optional<BankCredit> known = byReference(notice.reference());
        if (known.isPresent()) {
            return known.get();
        }
        BankCredit credit = new BankCredit();
        credit.reference = notice.reference().strip();
        credit.amountVnd = notice.amountVnd();
        credit.content = notice.content();
        credit.receivedAt = notice.receivedAt();
        credit.recordedAt = Instant.now();
        credit.status = BankCredit.Status.UNMATCHED;
        matchingOrder(credit).ifPresent(order -> {
            credit.outcome = orders.recordPayment(order, credit.amountVnd, credit.receivedAt).name();
            credit.status = BankCredit.Status.MATCHED;
            credit.orderId = order.id;
        });
        em.persist(credit);
        if (credit.status == BankCredit.Status.UNMATCHED) {
            LOG.infof("Bank credit %s of %d VND matches no unpaid order; kept for an ADMIN", credit.reference,
                    credit.amountVnd);
        }
        return credit;
    }

    public List<BankCredit> list(BankCredit.Status status) {
        var query = status == null
                ? em.createQuery("select c from BankCredit c order by c.receivedAt desc", BankCredit.class)
                : em.createQuery("select c from BankCredit c where c.status = :status order by c.receivedAt desc",
                        BankCredit.class).setParameter("status", status);
        return query.setMaxResults(200).getResultList();
    }

    /** An ADMIN decides which order an unmatched credit pays. */
    @Transactional
    public BankCredit assign(long adminId, long creditId, String orderCode) {
        BankCredit credit = em.find(BankCredit.class, creditId);
        if (credit == null) {
            throw new ProblemException(404, "not-found");
        }
        if (credit.status != BankCredit.Status.UNMATCHED) {
            throw new ProblemException(409, "credit-already-assigned");
        }
        Order order = orders.byCode(orderCode.strip().toUpperCase(Locale.ROOT));
        credit.outcome = orders.recordPayment(order, credit.amountVnd, credit.receivedAt).name();
        credit.status = BankCredit.Status.ASSIGNED;
        credit.orderId = order.id;
        credit.decidedBy = adminId;
        return credit;
    }

    /** An ADMIN saw the money arrive some other way (a statement, a call to the bank), and says why. */
    @Transactional
    public Order confirmPayment(long adminId, long orderId, String reason) {
        Order order = orders.anyOrder(orderId);
        orders.confirmPaid(order, adminId, reason, Instant.now());
        return order;
    }

    private Optional<BankCredit> byReference(String reference) {
        return em.createQuery("select c from BankCredit c where c.reference = :r", BankCredit.class)
                .setParameter("r", reference.strip()).getResultList().stream().findFirst();
    }

    private Optional<Order> matchingOrder(BankCredit credit) {
        String squeezed = credit.content.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        for (int at = squeezed.indexOf("CP"); at >= 0; at = squeezed.indexOf("CP", at + 1)) {
            String candidate = squeezed.substring(at, Math.min(squeezed.length(), at + CODE_LENGTH));
            if (!CODE.matcher(candidate).matches()) {
                continue;
            }
            Optional<Order> order = orders.findByCode(candidate);
            if (order.isPresent() && order.get().paymentStatus == PaymentStatus.AWAITING_PAYMENT) {
                return order;
            }
        }
        return Optional.empty();
    }
}
