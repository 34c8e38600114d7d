package fi.kuntadigi.ingestion.load;

import java.util.Arrays;

/**
 * A row's natural-key values as a hash-map key. Keys of one export differ in few places
 * (a month, a channel), so the combined hash is mixed well to keep hash buckets short.
 */
final class NaturalKey {

    private final Object[] values;
    private final int hash;

    NaturalKey(Object[] values) {
        this.values = values;
        int h = 0;
        for (Object v : values) {
            h = h * 0x9E3779B9 + (v == null ? 0 : v.hashCode());
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        this.hash = h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NaturalKey k && k.hash == hash && Arrays.equals(k.values, values);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
