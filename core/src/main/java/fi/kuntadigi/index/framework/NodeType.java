package fi.kuntadigi.index.framework;

import java.util.Locale;
import java.util.Optional;

/** What a row of COINr's {@code iMeta} describes: its {@code Type} column. */
public enum NodeType {
    /** A measured indicator (level 1), a column of iData. */
    INDICATOR,
    /** An aggregate (pillar, sub-index, index) computed from its children. */
    AGGREGATE,
    /** A column of iData that groups units (e.g. for group-mean imputation). */
    GROUP,
    /** A column of iData that indicators can be divided by. */
    DENOMINATOR,
    /** Any other column of iData kept with the units (COINr's "Other"). */
    OTHER;

    /** The type named in the iMeta {@code Type} column, case-insensitive; empty when unknown. */
    public static Optional<NodeType> parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (NodeType type : values()) {
            if (type.name().equals(t)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
