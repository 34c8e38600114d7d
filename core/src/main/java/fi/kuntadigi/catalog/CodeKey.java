package fi.kuntadigi.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The number a code is grouped and joined on in large datasets: the first 8 bytes of the SHA-256 of the
 * code's UTF-8 text, as a signed big-endian long. A fact table of tens of millions of rows carries it
 * beside the code (a hash key, as in a data vault) so that aggregations compare numbers instead of
 * decoding and hashing strings; the key depends on the code alone, so it needs no lookup table and stays
 * the same in every load. Anyone can recompute it (DuckDB: the first 16 hex digits of {@code sha256(code)}).
 */
public final class CodeKey {

    private CodeKey() {
    }

    public static long of(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
