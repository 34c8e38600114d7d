package fi.kuntadigi.index.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The structure of a composite indicator, as data (COINr's {@code iMeta}): indicators at level 1, each
 * aggregate one level above its children, and the group and denominator columns of the unit data. The
 * index is the single aggregate of the highest level.
 */
public final class Framework {

    private final Map<String, Node> nodes;
    private final Map<String, List<Node>> children = new LinkedHashMap<>();

    /** A framework from its rows; checks parents exist and sit one level up (messages name the file). */
    public Framework(List<Node> rows, String source) {
        this(rows, source, Map.of());
    }

    /**
     * A framework read from a file: {@code lines} gives each iCode's row in {@code source}, so that
     * messages name the file, row and column.
     */
    public Framework(List<Node> rows, String source, Map<String, Long> lines) {
        Map<String, Node> byCode = new LinkedHashMap<>();
        for (Node n : rows) {
            if (byCode.putIfAbsent(n.code(), n) != null) {
                throw new FrameworkInputException(where(source, lines, n, "iCode") + "'" + n.code()
                        + "' appears twice; give each row its own iCode");
            }
        }
        this.nodes = Collections.unmodifiableMap(byCode);
        for (Node n : rows) {
            if (!n.inHierarchy() || n.parent() == null) {
                continue;
            }
            Node parent = byCode.get(n.parent());
            if (parent == null || parent.type() != NodeType.AGGREGATE) {
                throw new FrameworkInputException(where(source, lines, n, "Parent") + "'" + n.parent() + "' (the Parent of iCode '"
                        + n.code() + "') is not an aggregate of the framework; add it as a row of Type Aggregate or correct the Parent");
            }
            if (parent.level() != n.level() + 1) {
                throw new FrameworkInputException(where(source, lines, n, "Parent") + "iCode '" + n.code() + "' (level " + n.level()
                        + ") has Parent '" + parent.code() + "' at level " + parent.level() + "; a parent sits one level up");
            }
            children.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(n);
        }
        for (Node n : rows) {
            if (n.type() == NodeType.AGGREGATE && !children.containsKey(n.code())) {
                throw new FrameworkInputException(where(source, lines, n, "iCode") + "aggregate '" + n.code()
                        + "' has no children; give it some or remove it");
            }
        }
        List<Node> roots = hierarchy().stream().filter(n -> n.parent() == null).toList();
        if (roots.size() != 1 || roots.get(0).level() != topLevel()) {
            throw new FrameworkInputException(source + ": a framework has one index at the top level with every other "
                    + "indicator and aggregate under it; rows without a Parent: "
                    + roots.stream().map(Node::code).toList());
        }
    }

    private static String where(String source, Map<String, Long> lines, Node n, String column) {
        Long line = lines.get(n.code());
        return line == null ? source + ": " : source + " row " + line + ", column " + column + ": ";
    }

    /** Every row, in file order. */
    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    /** The row of an iCode. */
    public Node node(String code) {
        Node n = nodes.get(code);
        if (n == null) {
            throw new IllegalArgumentException("no iCode " + code + " in the framework");
        }
        return n;
    }

    /** True when the framework has a row for the code. */
    public boolean has(String code) {
        return nodes.containsKey(code);
    }

    /** Indicators and aggregates. */
    public List<Node> hierarchy() {
        return nodes.values().stream().filter(Node::inHierarchy).toList();
    }

    /** The level-1 indicators, in file order. */
    public List<Node> indicators() {
        return ofType(NodeType.INDICATOR);
    }

    /** Rows of one type, in file order. */
    public List<Node> ofType(NodeType type) {
        return nodes.values().stream().filter(n -> n.type() == type).toList();
    }

    /** The aggregates of one level, in file order. */
    public List<Node> aggregatesAt(int level) {
        return nodes.values().stream().filter(n -> n.type() == NodeType.AGGREGATE && n.level() == level).toList();
    }

    /** The children of an aggregate, in file order. */
    public List<Node> children(String aggregate) {
        return children.getOrDefault(aggregate, List.of());
    }

    /** The highest level (the index's). */
    public int topLevel() {
        return hierarchy().stream().mapToInt(Node::level).max().orElse(1);
    }

    /** The index: the aggregate of the top level. */
    public Node index() {
        return aggregatesAt(topLevel()).get(0);
    }

    /** The level-1 indicators under a node (the node itself when it is one). */
    public List<Node> indicatorsUnder(String code) {
        Node n = node(code);
        if (n.type() == NodeType.INDICATOR) {
            return List.of(n);
        }
        List<Node> out = new ArrayList<>();
        for (Node c : children(code)) {
            out.addAll(indicatorsUnder(c.code()));
        }
        return out;
    }

    /** The same framework with each hierarchy row's weight changed by {@code reweigh}. */
    public Framework reweighted(UnaryOperator<Node> reweigh) {
        List<Node> rows = new ArrayList<>();
        for (Node n : nodes.values()) {
            rows.add(n.inHierarchy() ? reweigh.apply(n) : n);
        }
        return new Framework(rows, "reweighted framework");
    }
}
