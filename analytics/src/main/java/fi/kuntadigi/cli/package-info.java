/** The batch command line, {@code bin/kuntadigi}: generate, ingest, analyze, demo. */
package fi.kuntadigi.cli;
