package fi.kuntadigi.operations.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import fi.kuntadigi.operations.UnusableInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Reads the jobs and their schedules from a properties file:
 * <pre>
 * job.nightly-ingest.command = ingest
 * job.nightly-ingest.cron    = 0 2 * * *
 * job.nightly-ingest.retries = 2
 * job.nightly-ingest.backoff = PT5M
 * job.report.after           = nightly-analyze   (optional: also run after that job succeeds)
 * </pre>
 * Cron expressions are parsed and validated by cron-utils (Unix syntax; six fields with seconds
 * first are read as Spring's syntax).
 */
public final class ScheduleConfig {

    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    /** Six fields, seconds first (Spring syntax): for runs more often than once a minute, e.g. in tests. */
    private static final CronParser WITH_SECONDS = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.SPRING));

    private ScheduleConfig() {
    }

    /** Five fields (Unix: minute hour day month weekday), or six with seconds first. */
    public static Cron cron(String expression) {
        boolean seconds = expression.strip().split("\\s+").length == 6;
        return (seconds ? WITH_SECONDS : PARSER).parse(expression.strip()).validate();
    }

    public static List<ScheduledJob> load(Path file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UnusableInputException(file + ": cannot be read (" + e.getMessage() + "); create it as described in docs/operations.md");
        }
        TreeSet<String> names = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            String[] parts = key.split("\\.");
            if (parts.length != 3 || !parts[0].equals("job")) {
                throw new UnusableInputException(file + ": key '" + key + "' is not job.<name>.<setting>");
            }
            names.add(parts[1]);
        }
        List<ScheduledJob> jobs = new ArrayList<>();
        for (String name : names) {
            String prefix = "job." + name + ".";
            String command = required(p, file, prefix + "command");
            String cron = required(p, file, prefix + "cron");
            try {
                cron(cron);
            } catch (IllegalArgumentException e) {
                throw new UnusableInputException(file + ": " + prefix + "cron '" + cron + "' is not a valid cron expression ("
                        + e.getMessage() + "); write five fields, e.g. 0 2 * * * for 02:00 every night");
            }
            int retries;
            Duration backoff;
            try {
                retries = Integer.parseInt(p.getProperty(prefix + "retries", "2").strip());
                backoff = Duration.parse(p.getProperty(prefix + "backoff", "PT5M").strip());
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new UnusableInputException(file + ": " + prefix + "retries must be a whole number and " + prefix
                        + "backoff an ISO-8601 duration such as PT5M");
            }
            String after = p.getProperty(prefix + "after");
            after = after == null || after.isBlank() ? null : after.strip();
            if (after != null && !names.contains(after)) {
                throw new UnusableInputException(file + ": " + prefix + "after names '" + after + "', which is not a job of this"
                        + " file; name one of " + String.join(", ", names));
            }
            jobs.add(new ScheduledJob(name, Arrays.asList(command.strip().split("\\s+")), cron, retries, backoff, after));
        }
        return jobs;
    }

    private static String required(Properties p, Path file, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new UnusableInputException(file + ": " + key + " is missing");
        }
        return value;
    }
}
