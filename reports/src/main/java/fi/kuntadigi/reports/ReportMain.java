package fi.kuntadigi.reports;

import fi.kuntadigi.catalog.ReportFiles;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.operations.RunIds;
import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.reports.run.ReportRequest;
import fi.kuntadigi.reports.run.ReportRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kuntadigi report}: prints the steering group's meeting pack and the councillors' roadmaps to PDF
 * under {@code <warehouse>/_reports/<run id>/}; exit statuses as every batch command's (README).
 */
@Command(name = "report", mixinStandardHelpOptions = true, version = "kuntadigi 0.1",
        description = "Prints the steering group's meeting pack and the councillors' roadmaps (one A4 page per municipality)"
                + " to tagged PDF under <warehouse>/_reports/<run id>/; optionally mails the pack.")
public final class ReportMain implements Callable<Integer> {

    /** Which reports. */
    enum Kind { steering, officials }

    @Option(names = "--kind", split = ",", description = "steering, officials or both (default: both)")
    List<Kind> kinds = List.of(Kind.steering, Kind.officials);

    @Option(names = "--municipality", paramLabel = "CODE", description = "only this municipality's roadmap, e.g. 230")
    String municipality;

    @Option(names = "--lang", split = ",", paramLabel = "LANG", description = "languages (default: all of fi, sv, en the dashboard has)")
    List<String> langs;

    @Option(names = "--warehouse", paramLabel = "DIR", description = "the warehouse (default: warehouse)")
    Path warehouse = Path.of("warehouse");

    @Option(names = "--mail", paramLabel = "FILE", arity = "0..1", fallbackValue = "",
            description = "mail the steering pack as this file says (default: <datasets>/config/mail.properties; docs/operations.md)")
    String mail;

    @Option(names = "--datasets", paramLabel = "DIR", description = "where config/mail.properties is (default: datasets)")
    Path datasets = Path.of("datasets");

    @Option(names = "--inbox", hidden = true, description = "given by the scheduler to every batch job; not used")
    Path inbox;

    @Option(names = "--if-new-data", description = "do nothing when reports of the current data version exist already (the scheduled job)")
    boolean ifNewData;

    @Option(names = "--run-id", paramLabel = "ID", description = "the run id (given by the scheduler, which records the run)")
    String runId;

    public static void main(String[] args) {
        // the embedded dashboard's start-up lines are not the report's business
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.exit(new CommandLine(new ReportMain()).execute(args));
    }

    @Override
    public Integer call() {
        List<Lang> languages;
        try {
            languages = langs == null ? List.of(Lang.values()) : langs.stream().map(code -> Lang.of(code).orElseThrow(() ->
                    new IllegalArgumentException("--lang " + code + " is not one of " + Arrays.toString(Lang.values()).toLowerCase()))).toList();
        } catch (IllegalArgumentException e) {
            System.err.println("kuntadigi report: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Set<String> chosen = kinds.contains(Kind.steering) && kinds.contains(Kind.officials)
                ? Set.of(ReportFiles.STEERING, ReportFiles.OFFICIALS)
                : Set.of(kinds.contains(Kind.steering) ? ReportFiles.STEERING : ReportFiles.OFFICIALS);
        Path mailFile = mail == null ? null : mail.isEmpty() ? datasets.resolve("config").resolve("mail.properties") : Path.of(mail);
        ReportRequest request = new ReportRequest(warehouse, chosen, languages, municipality, mailFile,
                runId != null ? runId : RunIds.next(Instant.now()), runId != null, ifNewData);
        ReportRun.Outcome outcome = new ReportRun(request).run();
        (outcome.exitCode() == ExitCodes.OK ? System.out : System.err).println("kuntadigi report: " + outcome.message());
        return outcome.exitCode();
    }
}
