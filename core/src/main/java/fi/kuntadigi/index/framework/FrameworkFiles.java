package fi.kuntadigi.index.framework;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a framework in COINr's own layout, so a COINr user's files load as they are: {@code iMeta}
 * (Level, iCode, iName, Direction, Weight, Unit, Target, Denominator, Parent, Type) and {@code iData}
 * (uCode, uName, group columns, denominators, indicators; extra columns such as Time are kept aside).
 */
public final class FrameworkFiles {

    private FrameworkFiles() {
    }

    /** The framework of an iMeta file. */
    public static Framework readMeta(Path file) {
        CsvRows csv = CsvRows.read(file);
        csv.require("iCode", "Type");
        List<Node> nodes = new ArrayList<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        for (NamedCsvRecord row : csv.rows) {
            String code = csv.text(row, "iCode");
            long line = row.getStartingLineNumber();
            lines.putIfAbsent(code, line);
            if (code.isEmpty()) {
                throw FrameworkInputException.at(csv.file, line, "iCode", "empty; every row needs an iCode");
            }
            NodeType type = NodeType.parse(csv.text(row, "Type")).orElseThrow(() -> FrameworkInputException.at(csv.file,
                    line, "Type", "'" + csv.text(row, "Type") + "' is not one of Indicator, Aggregate, Group, Denominator, Other"));
            boolean inHierarchy = type == NodeType.INDICATOR || type == NodeType.AGGREGATE;
            int level = 0;
            double direction = 1;
            double weight = 1;
            if (inHierarchy) {
                csv.require("Level", "Parent");
                double l = csv.number(row, "Level");
                if (Double.isNaN(l) || l < 1 || l != Math.rint(l)) {
                    throw FrameworkInputException.at(csv.file, line, "Level", "an indicator or aggregate needs a whole Level of 1 or more");
                }
                level = (int) l;
                if (type == NodeType.INDICATOR && level != 1) {
                    throw FrameworkInputException.at(csv.file, line, "Level", "an indicator is at Level 1, not " + level);
                }
                direction = header(csv, "Direction") ? csv.number(row, "Direction") : 1;
                if (direction != 1 && direction != -1) {
                    throw FrameworkInputException.at(csv.file, line, "Direction", "Direction is 1 (more is better) or -1 (less is better)");
                }
                weight = header(csv, "Weight") ? csv.number(row, "Weight") : 1;
                if (Double.isNaN(weight) || weight < 0) {
                    throw FrameworkInputException.at(csv.file, line, "Weight", "a weight is a number of 0 or more");
                }
            }
            String denominator = csv.text(row, "Denominator");
            String parent = csv.text(row, "Parent");
            nodes.add(new Node(level, code, csv.text(row, "iName").isEmpty() ? code : csv.text(row, "iName"),
                    (int) direction, weight, csv.text(row, "Unit"),
                    header(csv, "Target") ? csv.number(row, "Target") : Double.NaN,
                    denominator.isEmpty() ? null : denominator, parent.isEmpty() ? null : parent, type));
        }
        return new Framework(nodes, csv.file, lines);
    }

    /**
     * The units and numeric columns of an iData file, checked against the framework: every indicator,
     * denominator and group the framework names is a column; indicators and denominators are numbers.
     */
    public static UnitData readData(Path file, Framework framework) {
        CsvRows csv = CsvRows.read(file);
        csv.require("uCode");
        List<String> numeric = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (Node n : framework.nodes()) {
            switch (n.type()) {
                case INDICATOR, DENOMINATOR -> numeric.add(n.code());
                case GROUP -> groups.add(n.code());
                default -> { }
            }
        }
        for (Node n : framework.indicators()) {
            if (n.denominator() != null && !framework.has(n.denominator())) {
                throw new FrameworkInputException("iMeta: the Denominator '" + n.denominator() + "' of iCode '" + n.code()
                        + "' is not a row of Type Denominator; add it");
            }
        }
        csv.require(numeric.toArray(String[]::new));
        csv.require(groups.toArray(String[]::new));
        List<Unit> units = new ArrayList<>();
        Map<String, double[]> columns = new LinkedHashMap<>();
        numeric.forEach(c -> columns.put(c, new double[csv.rows.size()]));
        Map<String, Long> seen = new LinkedHashMap<>();
        for (int r = 0; r < csv.rows.size(); r++) {
            NamedCsvRecord row = csv.rows.get(r);
            String code = csv.text(row, "uCode");
            if (code.isEmpty()) {
                throw FrameworkInputException.at(csv.file, row.getStartingLineNumber(), "uCode", "empty; every unit needs a code");
            }
            Long before = seen.put(code, row.getStartingLineNumber());
            if (before != null) {
                throw FrameworkInputException.at(csv.file, row.getStartingLineNumber(), "uCode",
                        "'" + code + "' is already the code of row " + before + "; unit codes are unique");
            }
            Map<String, String> g = new LinkedHashMap<>();
            for (String group : groups) {
                String v = csv.text(row, group);
                if (!v.isEmpty()) {
                    g.put(group, v);
                }
            }
            units.add(new Unit(code, header(csv, "uName") && !csv.text(row, "uName").isEmpty() ? csv.text(row, "uName") : code, g));
            for (String c : numeric) {
                columns.get(c)[r] = csv.number(row, c);
            }
        }
        return new UnitData(units, columns);
    }

    private static boolean header(CsvRows csv, String column) {
        return csv.header.contains(column);
    }
}
