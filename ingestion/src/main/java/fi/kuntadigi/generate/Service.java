package fi.kuntadigi.generate;

/**
 * A service of the catalogue with the volume assumptions the transaction generator needs.
 *
 * @param code                   service key
 * @param ptvClass               Suomi.fi PTV service class
 * @param sector                 municipal sector
 * @param identificationRequired whether the e-service needs Suomi.fi identification
 * @param handlingMinutes        manual minutes per non-digital transaction
 * @param yearlyPer1000          transactions a year per 1 000 inhabitants (assumption)
 * @param seasonality            monthly demand profile (assumption)
 * @param digitalAffinity        how much faster than average the service goes digital (assumption, 1 = average)
 */
record Service(String code, String ptvClass, String sector, boolean identificationRequired,
               double handlingMinutes, double yearlyPer1000, Seasonality seasonality, double digitalAffinity) {
}
