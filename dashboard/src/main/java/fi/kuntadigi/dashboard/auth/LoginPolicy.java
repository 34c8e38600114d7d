package fi.kuntadigi.dashboard.auth;

import java.time.Duration;

/**
 * How failed logins slow down further attempts, per account name and per client address.
 *
 * @param freeFailures  failures in a row answered at once
 * @param firstDelay    the wait after the first failure past the free ones; it doubles with each further failure
 * @param maxDelay      the longest such wait
 * @param lockAfter     failures in a row after which the account (or address) is locked
 * @param lockFor       how long a lock lasts; failures are also forgotten after this long without one
 * @param addressFactor an address may fail this many times more than an account (many users behind one NAT)
 */
public record LoginPolicy(int freeFailures, Duration firstDelay, Duration maxDelay, int lockAfter, Duration lockFor,
                          int addressFactor) {

    /** 3 free failures, then 1, 2, 4, 8, 16, 30 s waits; locked for 15 min after 10 (an address: 15 free, 50). */
    public static final LoginPolicy DEFAULT = new LoginPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30), 10,
            Duration.ofMinutes(15), 5);

    /** No throttling at all (for measurements that must not be slowed down). */
    public static final LoginPolicy OFF = new LoginPolicy(Integer.MAX_VALUE / 2, Duration.ZERO, Duration.ZERO,
            Integer.MAX_VALUE / 2, Duration.ofMinutes(1), 1);
}
