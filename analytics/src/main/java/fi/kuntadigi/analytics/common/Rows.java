package fi.kuntadigi.analytics.common;

/** Builds mart rows from a shared head (e.g. the municipality columns) and the mart's own values. */
public final class Rows {

    private Rows() {
    }

    public static Object[] concat(Object[] head, Object... tail) {
        Object[] row = new Object[head.length + tail.length];
        System.arraycopy(head, 0, row, 0, head.length);
        System.arraycopy(tail, 0, row, head.length, tail.length);
        return row;
    }
}
