/**
 * Running the batch jobs as operations: a lock per job that survives crashes, and (in
 * {@code schedule}) cron schedules, retries and the run history. Spark-free, so the dashboard
 * can run the same scheduler in-process.
 */
package fi.kuntadigi.operations;
