package fi.kuntadigi.ingestion.source;

/**
 * One record of an export as read, before any typing: the line it starts on (1 = header),
 * and its fields in the export's own column order.
 */
public record RawRecord(long line, String[] fields) {

    public static RawRecord of(long line, String[] fields) {
        return new RawRecord(line, fields);
    }

    public String field(int index) {
        if (index < 0 || index >= fields.length) {
            return "";
        }
        String f = fields[index];
        return f == null ? "" : f;
    }

    public int size() {
        return fields.length;
    }

    /** The record as text, for the quarantine. */
    public String text(char delimiter) {
        return String.join(String.valueOf(delimiter), fields);
    }
}
