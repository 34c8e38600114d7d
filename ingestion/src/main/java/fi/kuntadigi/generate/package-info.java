/**
 * Deterministic generator of the bundled {@code datasets/} tree: the hand-written real reference data
 * (from the project's grant application and final report) plus synthetic but plausible transaction,
 * pilot, survey and maturity data sized by the real populations. Entry point: {@link
 * fi.kuntadigi.generate.DatasetGenerator}.
 */
package fi.kuntadigi.generate;
