package fi.kuntadigi.calendar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter such as 2023Q2; ordered by time. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})Q([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1-4: " + quarter);
        }
    }

    public static Quarter parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quarter (e.g. 2023Q2): " + text);
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Quarters since year 0 Q1; consecutive quarters differ by one. */
    public int ordinal() {
        return year * 4 + quarter - 1;
    }

    public static Quarter ofOrdinal(int ordinal) {
        return new Quarter(Math.floorDiv(ordinal, 4), Math.floorMod(ordinal, 4) + 1);
    }

    public Quarter plus(int quarters) {
        return ofOrdinal(ordinal() + quarters);
    }

    public boolean isAfter(Quarter other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Quarter o) {
        return Integer.compare(ordinal(), o.ordinal());
    }

    /** The quarter as a Finn writes it: "1. nelj. 2023". */
    public String fi() {
        return quarter + ". nelj. " + year;
    }

    /** The quarter as Finland's Swedish writes it: "1 kv. 2023". */
    public String sv() {
        return quarter + " kv. " + year;
    }

    /** The quarter in English: "Q1 2023". */
    public String en() {
        return "Q" + quarter + " " + year;
    }

    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}
