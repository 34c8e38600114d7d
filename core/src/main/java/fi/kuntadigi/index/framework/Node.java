package fi.kuntadigi.index.framework;

/**
 * One row of a framework's {@code iMeta}: an indicator, an aggregate, a group or a denominator column.
 *
 * @param level       1 for indicators, 2 and up for aggregates (the index has the highest level); 0 for
 *                    groups and denominators, which have none
 * @param code        the iCode, also the iData column of an indicator
 * @param name        the iName, for readers
 * @param direction   1 when more is better, -1 when less is better
 * @param weight      the weight within its parent
 * @param unit        the unit of measurement, for readers
 * @param target      the target value (distance-to-target normalisation), NaN when none
 * @param denominator the iData column the indicator is divided by, or null
 * @param parent      the iCode of the aggregate one level up, or null for the index and non-framework rows
 * @param type        what the row is
 */
public record Node(int level, String code, String name, int direction, double weight, String unit,
                   double target, String denominator, String parent, NodeType type) {

    /** True for rows that take part in the hierarchy (indicators and aggregates). */
    public boolean inHierarchy() {
        return type == NodeType.INDICATOR || type == NodeType.AGGREGATE;
    }

    /** This node with another weight (for weight overrides and the uncertainty analysis). */
    public Node withWeight(double newWeight) {
        return new Node(level, code, name, direction, newWeight, unit, target, denominator, parent, type);
    }
}
