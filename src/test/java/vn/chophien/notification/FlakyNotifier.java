package vn.chophien.notification;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The notifier of the tests: the real {@link InAppNotifier}, except for accounts a test has told to fail, the way an
 * SMS gateway that is down would. It remembers when each delivery to such an account was tried.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FlakyNotifier implements Notifier {

    private final InAppNotifier inApp;
    private final Map<Long, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Set<Long> broken = ConcurrentHashMap.newKeySet();
    private final Map<Long, List<Long>> tries = new ConcurrentHashMap<>();

    FlakyNotifier(InAppNotifier inApp) {
        this.inApp = inApp;
    }

    /** The next {@code times} deliveries to this account fail. */
    public void failNext(long accountId, int times) {
        failuresLeft.put(accountId, new AtomicInteger(times));
    }

    /** Every delivery to this account fails until {@link #repair}. */
    public void breakFor(long accountId) {
        broken.add(accountId);
    }

    public void repair(long accountId) {
        broken.remove(accountId);
    }

    /** When deliveries to a watched account were tried ({@link System#nanoTime()}), in order. */
    public List<Long> triesOf(long accountId) {
        return List.copyOf(tries.getOrDefault(accountId, List.of()));
    }

    @Override
    public void deliver(Notice notice) {
        long account = notice.accountId();
        AtomicInteger left = failuresLeft.get(account);
        if (left != null || broken.contains(account)) {
            tries.computeIfAbsent(account, a -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
        }
        if (broken.contains(account)) {
            throw new IllegalStateException("Notifier broken on purpose for account " + account);
        }
        if (left != null && left.getAndDecrement() > 0) {
            throw new IllegalStateException("Notifier failing on purpose for account " + account);
        }
        inApp.deliver(notice);
    }
}
