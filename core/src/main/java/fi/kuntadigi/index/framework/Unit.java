package fi.kuntadigi.index.framework;

import java.util.Map;

/**
 * A unit scored by the index (a country, a municipality): its code, name and group memberships
 * (the {@code *_group} columns of iData).
 */
public record Unit(String code, String name, Map<String, String> groups) {

    public Unit {
        groups = Map.copyOf(groups);
    }

    /** The unit's group in a group column, or null when it has none. */
    public String group(String column) {
        return groups.get(column);
    }
}
