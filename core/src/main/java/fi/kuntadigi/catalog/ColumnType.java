package fi.kuntadigi.catalog;

/**
 * The value types a warehouse column can hold. Money is always {@link #LONG} euro cents,
 * dates are calendar dates, timestamps are Finnish local wall-clock times without a zone.
 */
public enum ColumnType {
    STRING, BOOLEAN, INT, LONG, DOUBLE, DATE, TIMESTAMP
}
