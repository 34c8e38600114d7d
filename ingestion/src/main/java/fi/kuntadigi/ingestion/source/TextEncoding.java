package fi.kuntadigi.ingestion.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how a CSV export is encoded: UTF-8 (with or without BOM) when every byte sequence
 * is valid UTF-8, otherwise Windows-1252, which is what Finnish Excel saves as "CSV".
 */
public final class TextEncoding {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncoding() {
    }

    /** The encoding of a stream and whether it starts with a UTF-8 byte-order mark. */
    public record Detected(Charset charset, boolean bom) {
    }

    /** Reads the whole stream once; the caller reopens it to parse. */
    public static Detected detect(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(buffer.length + 16);
        ByteBuffer bytes = ByteBuffer.allocate(buffer.length + 8);
        boolean first = true;
        boolean bom = false;
        int n;
        while ((n = in.read(buffer)) > 0) {
            int offset = 0;
            if (first && n >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF) {
                bom = true;
                offset = 3;
            }
            first = false;
            bytes.put(buffer, offset, n - offset);
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, false);
            if (result.isError()) {
                return new Detected(WINDOWS_1252, false);
            }
            bytes.compact();
            chars.clear();
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError() || decoder.flush(chars).isError()) {
            return new Detected(WINDOWS_1252, false);
        }
        return new Detected(StandardCharsets.UTF_8, bom);
    }
}
