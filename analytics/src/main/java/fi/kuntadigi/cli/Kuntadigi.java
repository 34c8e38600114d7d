package fi.kuntadigi.cli;

import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.ingestion.run.Failures;
import fi.kuntadigi.operations.AlreadyRunningException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code bin/kuntadigi}. Failures print one line naming the file and the fix
 * (a stack trace only with {@code --verbose}) and exit with a documented status.
 */
@Command(name = "kuntadigi", mixinStandardHelpOptions = true, version = "kuntadigi 0.1",
        description = "Digital maturity and roadmap analytics for Finnish municipalities.",
        footer = {"", "The Spark-free commands run with their own module's classpath: serve (the dashboard), users (its users)",
                "and report (the PDF reports); bin/kuntadigi serve --help lists serve's options."},
        subcommands = {GenerateCommand.class, IngestCommand.class, AnalyzeCommand.class,
                ScheduleCommand.class, InboxCommand.class, MartsCommand.class, IndexCommand.class,
                DemoCommand.class, CommandLine.HelpCommand.class})
public final class Kuntadigi {

    public static void main(String[] args) {
        int status = commandLine().execute(args);
        System.exit(status);
    }

    /** The configured command line; tests run it in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Kuntadigi());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
            if (e instanceof AlreadyRunningException running) {
                err.println("kuntadigi: " + running.getMessage());
                err.flush();
                return ExitCodes.ALREADY_RUNNING;
            }
            var unusable = Failures.unusableInput(e);
            if (unusable.isPresent()) {
                err.println("kuntadigi: unusable input: " + unusable.get());
            } else {
                err.println("kuntadigi: internal error: " + Failures.message(e) + (verbose ? "" : " (run with --verbose for details)"));
            }
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return unusable.isPresent() ? ExitCodes.UNUSABLE_INPUT : ExitCodes.INTERNAL_ERROR;
        });
        return cli;
    }
}
