package fi.kuntadigi.generate;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Derives independent random streams from the one run seed and a stable key, so that every part of the
 * output depends only on the seed and its own key: the order or parallelism of generation never changes
 * a byte.
 */
final class Seeds {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Seeds() {
    }

    /** A random stream for the key parts, e.g. {@code random(seed, "transactions", "214")}. */
    static SplittableRandom random(long seed, String... keyParts) {
        long hash = FNV_OFFSET;
        for (String part : keyParts) {
            for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                hash = (hash ^ (b & 0xff)) * FNV_PRIME;
            }
            hash = (hash ^ 0x1f) * FNV_PRIME;
        }
        return new SplittableRandom(seed ^ hash);
    }
}
