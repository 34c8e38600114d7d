package fi.kuntadigi.cli;

import fi.kuntadigi.index.audit.AuditReport;
import fi.kuntadigi.index.audit.StatisticalAudit;
import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.FrameworkFiles;
import fi.kuntadigi.index.framework.FrameworkInputException;
import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.method.MethodFile;
import fi.kuntadigi.index.pipeline.IndexPipeline;
import fi.kuntadigi.index.pipeline.IndexResult;
import fi.kuntadigi.index.report.CsvReport;
import fi.kuntadigi.index.report.IndexReport;
import fi.kuntadigi.index.report.ReportTable;
import fi.kuntadigi.index.sensitivity.RankSensitivity;
import fi.kuntadigi.index.uncertainty.UncertaintyAnalysis;
import fi.kuntadigi.index.uncertainty.UnitUncertainty;
import fi.kuntadigi.operations.UnusableInputException;
import fi.kuntadigi.operations.ExitCodes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kuntadigi index}: builds a composite indicator from a framework in COINr's layout (iData, iMeta)
 * and a method file, and writes every stage, the ranks, the logs and the audit as CSV and Parquet.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Build a composite indicator the JRC/COINr way from iData.csv and iMeta.csv (COINr's layout) and a",
                "method file: denominate, impute, treat outliers, normalise, aggregate; audit it and, when the method",
                "asks, analyse its uncertainty and sensitivity. Writes CSV and Parquet of every stage to --out."})
public final class IndexCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The units' data (COINr iData: uCode, uName, groups, denominators, indicators).")
    Path data;

    @Option(names = "--meta", required = true, paramLabel = "FILE", description = "The framework (COINr iMeta: Level, iCode, Parent, Direction, Weight, Type, ...).")
    Path meta;

    @Option(names = "--method", required = true, paramLabel = "FILE", description = "The method file (.properties; see docs/methodology.md).")
    Path method;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the output tables (created; its tables are replaced only when the run succeeds).")
    Path out;

    @Option(names = "--verbose", description = "Print a stack trace on failure.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        return run(System.out);
    }

    int run(PrintStream print) throws IOException {
        List<ReportTable> tables;
        IndexResult result;
        try {
            Framework framework = FrameworkFiles.readMeta(meta);
            UnitData units = FrameworkFiles.readData(data, framework);
            Method m = MethodFile.read(method);
            result = IndexPipeline.run(framework, units, m);
            AuditReport audit = StatisticalAudit.audit(result, m);
            List<UnitUncertainty> uncertainty = m.uncertainty().enabled()
                    ? UncertaintyAnalysis.summarise(UncertaintyAnalysis.run(framework, units, m)) : List.of();
            List<RankSensitivity.Row> sensitivity = RankSensitivity.analyse(framework, units, m);
            tables = IndexReport.tables(result, audit, uncertainty, sensitivity);
        } catch (FrameworkInputException e) {
            throw new UnusableInputException(e.getMessage(), e);
        }
        publish(tables);
        printSummary(result, tables, print);
        return ExitCodes.OK;
    }

    /** Writes every table into a new folder beside --out, then moves the files in: a failed run leaves the last output. */
    private void publish(List<ReportTable> tables) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Files.createDirectories(target);
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
        try {
            for (ReportTable t : tables) {
                CsvReport.write(t, staging);
                ReportParquet.write(t, staging);
            }
            try (Stream<Path> files = Files.list(staging)) {
                for (Path f : files.toList()) {
                    Files.move(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            try (Stream<Path> left = Files.walk(staging)) {
                for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void printSummary(IndexResult result, List<ReportTable> tables, PrintStream print) {
        double[] index = result.index();
        double[] ranks = result.indexRanks();
        print.printf(Locale.ROOT, "%s of %d units (%d screened out, %d values imputed):%n", result.framework().index().name(),
                index.length, result.screenedOut().size(), result.imputed().count());
        Integer[] order = new Integer[index.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> ranks[i]));
        for (int i = 0; i < Math.min(10, order.length); i++) {
            print.printf(Locale.ROOT, "  %3.0f  %-30s %8.2f%n", ranks[order[i]], result.aggregated().units().get(order[i]).name(),
                    index[order[i]]);
        }
        print.printf("%d tables written to %s (CSV and Parquet): %s%n", tables.size(), out,
                String.join(", ", tables.stream().map(ReportTable::name).toList()));
    }
}
