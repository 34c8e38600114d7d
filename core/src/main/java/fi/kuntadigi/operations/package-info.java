/**
 * Running the batch jobs as operations: run ids and run records ({@code _runs/<run>.json}), a lock per job that
 * survives crashes, exit statuses, unusable input, the warehouse's JSON files; in {@code schedule} cron schedules,
 * retries and the run history, in {@code inbox} new exports and their dry runs. Spark-free, so the dashboard
 * can run the same scheduler and inbox in-process.
 */
package fi.kuntadigi.operations;
