package fi.kuntadigi.ingestion.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of input files, so a manifest says exactly which inputs a version was made from. */
public final class Checksums {

    private Checksums() {
    }

    public static InputChecksum of(Path file, String display) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 16];
        long bytes = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                bytes += n;
            }
        }
        return new InputChecksum(display, HexFormat.of().formatHex(digest.digest()), bytes);
    }
}
