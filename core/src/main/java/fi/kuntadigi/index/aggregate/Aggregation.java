package fi.kuntadigi.index.aggregate;

/**
 * How the children of an aggregate are combined (JRC Handbook step 6). All are weighted means over the
 * children a unit has values for, with the weights rescaled to sum to one.
 */
public enum Aggregation {
    /** Σ w x: full compensability between children. */
    ARITHMETIC,
    /** Π x^w: partial compensability; needs positive values (a zero child gives zero). */
    GEOMETRIC,
    /** 1 / Σ (w / x): least compensability; needs positive values (a zero child gives zero). */
    HARMONIC
}
