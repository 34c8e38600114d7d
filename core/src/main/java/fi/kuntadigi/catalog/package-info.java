/** The dataset catalog: one schema per warehouse dataset and mart, free of Spark so every reader can use it. */
package fi.kuntadigi.catalog;
