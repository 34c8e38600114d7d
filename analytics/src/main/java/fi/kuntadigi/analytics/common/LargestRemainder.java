package fi.kuntadigi.analytics.common;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a whole amount (e.g. euro cents) into parts proportional to whole weights (e.g. populations)
 * so that the parts add up exactly: each part gets the floor of its exact share, and the cents left
 * over go one each to the parts with the largest remainders (ties: the earlier part). Exact integer
 * arithmetic, no floating point.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    public static long[] split(long total, long[] weights) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative");
        }
        BigInteger sum = BigInteger.ZERO;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("weights must not be negative");
            }
            sum = sum.add(BigInteger.valueOf(w));
        }
        long[] parts = new long[weights.length];
        if (weights.length == 0) {
            return parts;
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("weights must not all be 0");
        }
        BigInteger[] remainders = new BigInteger[weights.length];
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            assigned += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < total - assigned; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }
}
