package fi.kuntadigi.ingestion.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of input files, so a manifest says exactly which inputs a version was made from. */
public final class Checksums {

    private Checksums() {
    }

    /** A fresh digest to hand to {@link fi.kuntadigi.ingestion.source.RecordReader#open} while it reads the file. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The checksum of a file whose every byte went through {@code digest}. */
    public static InputChecksum of(String display, MessageDigest digest, long bytes) {
        return new InputChecksum(display, HexFormat.of().formatHex(digest.digest()), bytes);
    }
}
