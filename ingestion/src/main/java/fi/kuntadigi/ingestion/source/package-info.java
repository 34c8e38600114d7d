/**
 * Reading municipalities' exports as they really are: CSV in UTF-8 (with or without BOM) or
 * Windows-1252, comma or semicolon separated, and XLSX; Finnish headers mapped to canonical
 * columns by a mapping file per dataset.
 */
package fi.kuntadigi.ingestion.source;
