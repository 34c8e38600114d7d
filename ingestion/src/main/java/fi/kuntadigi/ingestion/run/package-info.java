/**
 * An ingestion run: loads the chosen source kinds in order, checks every row against the
 * reference data, and publishes all datasets only when every load succeeded.
 */
package fi.kuntadigi.ingestion.run;
