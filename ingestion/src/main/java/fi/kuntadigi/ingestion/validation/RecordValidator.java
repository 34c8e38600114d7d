package fi.kuntadigi.ingestion.validation;

import fi.kuntadigi.catalog.CodeKey;
import fi.kuntadigi.catalog.Column;
import fi.kuntadigi.catalog.ColumnType;
import fi.kuntadigi.catalog.DatasetSchema;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks one record against its dataset's rules and types it: each column's type, emptiness,
 * allowed values, range, form and reference, then the merger rule and the dataset's own row
 * rules. The first failure becomes the row's quarantine reason.
 */
public final class RecordValidator implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MUNICIPALITIES = "municipalities";

    /** A typed row, or the issue that keeps it out. */
    public record Result(Object[] values, Issue issue) {
        public boolean ok() {
            return issue == null;
        }
    }

    private final DatasetSchema schema;
    private final ReferenceIndex index;
    private final List<RowRule> rules;
    private final Pattern[] patterns;
    private final Map<String, String>[] allowed;
    private final int validOn;
    private final int municipalityColumn;
    /** For a derived key column, the index of its code column; -1 for the others. */
    private final int[] codeOf;
    /** Codes seen so far and their keys: a load has a few hundred codes and millions of rows. */
    private final Map<String, Long> keys = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public RecordValidator(DatasetSchema schema, ReferenceIndex index, List<RowRule> rules) {
        this.schema = schema;
        this.index = index;
        this.rules = List.copyOf(rules);
        int n = schema.columns().size();
        this.patterns = new Pattern[n];
        this.allowed = new Map[n];
        for (int i = 0; i < n; i++) {
            Column c = schema.columns().get(i);
            patterns[i] = c.pattern() == null ? null : Pattern.compile(c.pattern());
            if (!c.allowed().isEmpty()) {
                Map<String, String> map = new HashMap<>();
                c.allowed().forEach(v -> map.put(v.toLowerCase(Locale.ROOT), v));
                allowed[i] = map;
            }
        }
        this.codeOf = schema.columns().stream().mapToInt(c -> c.derived() ? schema.indexOf(c.keyOf()) : -1).toArray();
        this.validOn = schema.validOn() == null ? -1 : schema.indexOf(schema.validOn());
        this.municipalityColumn = schema.indexOf("municipality_code");
    }

    public DatasetSchema schema() {
        return schema;
    }

    /** Validates canonical text values aligned with the schema's columns (null = not in the export). */
    public Result validate(String[] texts) {
        int n = patterns.length;
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            Column column = schema.columns().get(i);
            if (codeOf[i] >= 0) {
                continue;
            }
            String raw = texts[i] == null ? "" : texts[i].strip();
            if (raw.isEmpty()) {
                if (column.required()) {
                    return new Result(values, Issue.of("required", column.name(), "", column.name() + " is empty; it is required ("
                            + column.description() + ")"));
                }
                continue;
            }
            Issue issue = null;
            try {
                values[i] = value(i, column, raw);
            } catch (InvalidValueException e) {
                issue = new Issue(column.name(), raw, column.name() + " '" + raw + "' " + e.getMessage(), e.code(), e.args());
            }
            if (issue != null) {
                return new Result(values, issue);
            }
        }
        for (int i = 0; i < n; i++) {
            if (codeOf[i] >= 0) {
                values[i] = keys.computeIfAbsent((String) values[codeOf[i]], CodeKey::of);
            }
        }
        if (validOn >= 0 && municipalityColumn >= 0 && values[validOn] != null && values[municipalityColumn] != null) {
            Issue merger = mergerIssue((String) values[municipalityColumn], day(values[validOn]));
            if (merger != null) {
                return new Result(values, merger);
            }
        }
        for (RowRule rule : rules) {
            Optional<Issue> issue = rule.check(values);
            if (issue.isPresent()) {
                return new Result(values, issue.get());
            }
        }
        return new Result(values, null);
    }

    private Object value(int i, Column column, String raw) throws InvalidValueException {
        String text = MUNICIPALITIES.equals(column.references()) ? municipalityCode(raw) : raw;
        Object value = ValueParsers.parse(column.type(), text);
        if (allowed[i] != null) {
            String canonical = allowed[i].get(text.toLowerCase(Locale.ROOT));
            if (canonical == null) {
                throw new InvalidValueException("not_allowed", "is not an allowed value; use one of: "
                        + String.join(", ", column.allowed()), String.join(", ", column.allowed()));
            }
            value = canonical;
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (column.min() != null && d < column.min()) {
                throw new InvalidValueException("below_min", "is below the smallest allowed value " + format(column.min()),
                        format(column.min()));
            }
            if (column.max() != null && d > column.max()) {
                throw new InvalidValueException("above_max", "is above the largest allowed value " + format(column.max()),
                        format(column.max()));
            }
        }
        boolean normalised = MUNICIPALITIES.equals(column.references());
        if (patterns[i] != null && !normalised && !patterns[i].matcher(text).matches()) {
            throw new InvalidValueException("wrong_form", "is not in the expected form (" + column.description() + ")");
        }
        if (column.references() != null && !index.contains(column.references(), text)) {
            throw new InvalidValueException("unknown_reference", "is not a known " + column.references() + " key; add it to datasets/"
                    + column.references() + "/ or correct the value", column.references());
        }
        return value;
    }

    /** Accepts a code that lost its leading zeros (Excel) or a municipality's name. */
    private String municipalityCode(String raw) throws InvalidValueException {
        if (allDigits(raw)) {
            if (raw.length() > 3) {
                throw new InvalidValueException("municipality_code_digits", "is not a municipality code; codes have three digits, e.g. 099");
            }
            return "000".substring(raw.length()) + raw;
        }
        return index.codeForName(raw).orElseThrow(() -> new InvalidValueException("unknown_municipality",
                "is not a known municipality; write its three-digit Statistics Finland code, e.g. 214"));
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private Issue mergerIssue(String code, LocalDate day) {
        Optional<MunicipalityValidity> validity = index.municipality(code);
        if (validity.isEmpty() || validity.get().validOn(day)) {
            return null;
        }
        MunicipalityValidity m = validity.get();
        String column = schema.validOn();
        if (m.validTo() != null && day.isAfter(m.validTo())) {
            String successor = m.successorCode() == null ? "" : " into " + m.successorCode();
            String fix = m.successorCode() == null ? "remove these rows" : "report rows from "
                    + m.validTo().plusDays(1) + " under " + m.successorCode();
            return Issue.of("municipality_merged", "municipality_code", code, "municipality " + code + " " + m.name()
                    + " no longer existed on " + day + " (" + column + "): it merged" + successor + " on "
                    + m.validTo().plusDays(1) + "; " + fix, m.name(), day.toString(), m.validTo().plusDays(1).toString(),
                    m.successorCode() == null ? "" : m.successorCode());
        }
        return Issue.of("municipality_not_yet", "municipality_code", code, "municipality " + code + " " + m.name()
                + " did not exist yet on " + day + " (" + column + "); it exists from " + m.validFrom(), m.name(), day.toString(),
                String.valueOf(m.validFrom()));
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDateTime t ? t.toLocalDate() : (LocalDate) value;
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** The canonical type of a column, for callers building rows. */
    public ColumnType type(int column) {
        return schema.columns().get(column).type();
    }
}
