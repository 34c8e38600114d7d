package fi.kuntadigi.ingestion.validation;

import java.io.Serializable;
import java.util.List;

/**
 * Why a row is not published: the column at fault (or null for the whole row), its value and the
 * reason in English; {@code code} names the kind of problem (e.g. {@code below_min},
 * {@code duplicate}) and {@code args} its values beyond the column and the value, so a page can
 * give the reason in its reader's language.
 */
public record Issue(String column, String value, String reason, String code, List<String> args) implements Serializable {

    public Issue {
        args = List.copyOf(args);
    }

    public static Issue of(String code, String column, String value, String reason, String... args) {
        return new Issue(column, value, reason, code, List.of(args));
    }
}
