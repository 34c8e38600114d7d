package fi.kuntadigi.index.method;

/** How equal scores are ranked (a method setting; the pipeline's {@code Ranks} rank with it). */
public enum Ties {
    /** 1, 2, 2, 4: ties share the best rank (R's {@code rank(-x, ties = "min")}, COINr's way). */
    MIN,
    /** 1, 2, 3, 4: ties ranked in unit order, every unit its own rank (R's {@code ties = "first"}). */
    FIRST
}
