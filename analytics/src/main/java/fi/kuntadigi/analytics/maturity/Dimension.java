package fi.kuntadigi.analytics.maturity;

/** One dimension of the configured maturity model (any model: Suomidigi, VTT, DGI...). */
public record Dimension(String modelId, String id, String nameFi, String nameEn, double weight, int levels) {
}
