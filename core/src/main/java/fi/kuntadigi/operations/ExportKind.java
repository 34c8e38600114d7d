package fi.kuntadigi.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The format of an export file, recognised by its content, not by its name. */
public enum ExportKind {
    CSV, XLSX;

    /** Looks at the first bytes of the file; fails with a clear message for anything else. */
    public static ExportKind of(Path file, String displayName) {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UnusableInputException(displayName + ": cannot be read (" + e.getMessage() + "); check the file exists and is readable");
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XLSX;
        }
        if (n >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0) {
            throw new UnusableInputException(displayName + ": is an old Excel .xls workbook; save it as .xlsx or as CSV and load it again");
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                throw new UnusableInputException(displayName + ": is not a CSV or XLSX file (binary content); export it as CSV (UTF-8) or XLSX");
            }
        }
        return CSV;
    }
}
