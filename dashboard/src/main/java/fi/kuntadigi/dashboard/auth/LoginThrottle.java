package fi.kuntadigi.dashboard.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts failed logins per account name and per client address and says when the next attempt
 * may come: a growing delay, then a temporary lock (see {@link LoginPolicy}). An attempt that
 * comes too early is refused before any password work, and only one attempt per account or
 * address is checked at a time, so a guessing loop neither gets far nor keeps the CPU busy.
 * Unknown names are counted like known ones (a lock tells nothing about which names exist).
 * At most {@value #MAX_ENTRIES} names and addresses are remembered.
 */
public final class LoginThrottle {

    static final int MAX_ENTRIES = 100_000;

    /** The verdict on an attempt: go ahead (and call {@link #finish}), or wait this long. */
    public record Verdict(boolean allowed, Duration retryAfter, boolean locked) {
    }

    private static final class Counter {
        int failures;
        Instant nextAllowed = Instant.EPOCH;
        Instant lockedUntil = Instant.EPOCH;
        Instant lastFailure = Instant.EPOCH;
        boolean busy;
    }

    private final LoginPolicy policy;
    private final Clock clock;
    private final Map<String, Counter> counters = new HashMap<>();

    public LoginThrottle(LoginPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    private static String accountKey(String name) {
        return "u:" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    /** May this attempt be checked now? An allowed attempt holds its account and address until {@link #finish}. */
    public synchronized Verdict begin(String name, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        boolean locked = false;
        for (String key : List.of(accountKey(name), addressKey(address))) {
            Counter c = live(key, now);
            if (c == null) {
                continue;
            }
            if (c.lockedUntil.isAfter(now)) {
                locked = true;
                wait = max(wait, Duration.between(now, c.lockedUntil));
            } else if (c.nextAllowed.isAfter(now)) {
                wait = max(wait, Duration.between(now, c.nextAllowed));
            } else if (c.busy) {
                wait = max(wait, Duration.ofSeconds(1));
            }
        }
        if (!wait.isZero()) {
            return new Verdict(false, wait, locked);
        }
        counter(accountKey(name), now).busy = true;
        counter(addressKey(address), now).busy = true;
        return new Verdict(true, Duration.ZERO, false);
    }

    /**
     * Records the outcome of an allowed attempt. A success forgets the account's failures (not the
     * address's). Returns true when this failure locked the account or the address.
     */
    public synchronized boolean finish(String name, String address, boolean succeeded) {
        Instant now = clock.instant();
        Counter account = counter(accountKey(name), now);
        Counter from = counter(addressKey(address), now);
        account.busy = false;
        from.busy = false;
        if (succeeded) {
            counters.remove(accountKey(name));
            return false;
        }
        boolean lockedAccount = fail(account, now, 1);
        boolean lockedAddress = fail(from, now, policy.addressFactor());
        return lockedAccount || lockedAddress;
    }

    /** Gives back an allowed attempt that was not checked (the server was too busy): it counts neither way. */
    public synchronized void release(String name, String address) {
        Instant now = clock.instant();
        counter(accountKey(name), now).busy = false;
        counter(addressKey(address), now).busy = false;
    }

    /** Forgets everything (an administrator's unlock: a restart does the same). */
    public synchronized void clear() {
        counters.clear();
    }

    private boolean fail(Counter c, Instant now, int factor) {
        c.failures++;
        c.lastFailure = now;
        if (c.failures >= (long) policy.lockAfter() * factor) {
            c.lockedUntil = now.plus(policy.lockFor());
            return true;
        }
        int beyond = c.failures - policy.freeFailures() * factor;
        if (beyond > 0) {
            Duration delay = policy.firstDelay().multipliedBy(1L << Math.min(beyond - 1, 20));
            c.nextAllowed = now.plus(delay.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : delay);
        }
        return false;
    }

    /** The key's counter unless it is forgotten (no failure for the lock time and no lock). */
    private Counter live(String key, Instant now) {
        Counter c = counters.get(key);
        if (c != null && !c.busy && stale(c, now)) {
            counters.remove(key);
            return null;
        }
        return c;
    }

    private boolean stale(Counter c, Instant now) {
        return !c.lockedUntil.isAfter(now) && !c.lastFailure.plus(policy.lockFor()).isAfter(now);
    }

    private Counter counter(String key, Instant now) {
        Counter c = live(key, now);
        if (c != null) {
            return c;
        }
        if (counters.size() >= MAX_ENTRIES) {
            counters.values().removeIf(x -> !x.busy && (stale(x, now) || x.failures <= policy.freeFailures()));
        }
        return counters.computeIfAbsent(key, k -> new Counter());
    }

    /** How many names and addresses are remembered. */
    public synchronized int size() {
        return counters.size();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
