/**
 * Publishing staged datasets atomically: a complete version folder with its manifest, then a
 * symlink swap, so readers see the previous version or the new one and never a half-written one.
 */
package fi.kuntadigi.ingestion.publish;
