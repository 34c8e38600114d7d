/**
 * Loading one dataset with Spark: find its export files, bind their headers, parse and
 * validate every record in parallel, split published rows from quarantined ones, catch
 * duplicate keys, and stage both as Parquet for the publisher.
 */
package fi.kuntadigi.ingestion.load;
