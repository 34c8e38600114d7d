package fi.kuntadigi.analytics.reference;

/**
 * The Swedish of a name the reference data may leave empty ({@code name_sv}, {@code title_sv} and
 * {@code text_sv} are optional): the Swedish where given, else the Finnish, so a Swedish page always reads a name.
 */
public final class Swedish {

    private Swedish() {
    }

    public static String or(String swedish, String finnish) {
        return swedish == null || swedish.isBlank() ? finnish : swedish;
    }
}
