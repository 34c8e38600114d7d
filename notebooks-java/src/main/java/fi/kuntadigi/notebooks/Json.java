package fi.kuntadigi.notebooks;

import java.util.List;
import java.util.stream.Collectors;

/** The few JSON literals the chart options need. */
final class Json {

    private Json() {
    }

    static String string(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '<' -> s.append("\\u003c");
                case '\n' -> s.append("\\n");
                default -> s.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return s.append('"').toString();
    }

    static String strings(List<String> texts) {
        return texts.stream().map(t -> string(t == null ? "" : t)).collect(Collectors.joining(",", "[", "]"));
    }

    static String numbers(List<Double> values) {
        return values.stream().map(v -> v == null || v.isNaN() ? "null" : Double.toString(v))
                .collect(Collectors.joining(",", "[", "]"));
    }
}
