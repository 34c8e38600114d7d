package fi.kuntadigi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.operations.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kuntadigi index} on COINr's ASEM example, and its messages for unusable files. */
class IndexCommandTest {

    private static final Path ASEM = Path.of(System.getProperty("kuntadigi.repo", "..")).resolve("datasets/config/index/asem");

    @TempDir
    Path tmp;

    private record Outcome(int status, String err) {
    }

    private Outcome index(Path data, Path meta, Path method) {
        CommandLine cli = Kuntadigi.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute("index", "--data", data.toString(), "--meta", meta.toString(), "--method", method.toString(),
                "--out", tmp.resolve("out").toString());
        return new Outcome(status, err.toString());
    }

    private Path quickMethod() throws Exception {
        String text = Files.readString(ASEM.resolve("asem-method.properties")).replaceAll("(?m)^(uncertainty|sensitivity)\\..*$", "");
        return Files.writeString(tmp.resolve("asem-quick.properties"), text);
    }

    /** The ASEM iData with one line (0 = the header) edited. */
    private Path asemDataWith(int index, UnaryOperator<String> edit) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(ASEM.resolve("iData.csv")));
        lines.set(index, edit.apply(lines.get(index)));
        return Files.write(tmp.resolve("iData.csv"), lines);
    }

    private static List<String> query(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    @Test
    void asemMethodFileWritesEveryStageAndCoinrsTopSix() throws Exception {
        Outcome outcome = index(ASEM.resolve("iData.csv"), ASEM.resolve("iMeta.csv"), ASEM.resolve("asem-method.properties"));

        assertEquals(ExitCodes.OK, outcome.status(), outcome.err());
        Path out = tmp.resolve("out");
        assertEquals(List.of("Switzerland 68.38", "Netherlands 64.82", "Denmark 64.80", "Norway 64.47", "Belgium 63.54", "Sweden 63.00"),
                query("select unit_name || ' ' || printf('%.2f', score) from '" + out.resolve("ranks.parquet")
                        + "' where code = 'Index' order by rank limit 6"));
        // 51 units x 49 indicators in four stages, 51 x 11 aggregates
        assertEquals(List.of("aggregated 561", "denominated 2499", "imputed 2499", "normalised 2499", "treated 2499"),
                query("select stage || ' ' || count(*) from '" + out.resolve("stages.parquet") + "' group by stage order by stage"));
        assertEquals("stage,unit_code,code,value", Files.readAllLines(out.resolve("stages.csv"), StandardCharsets.UTF_8).get(0));
        for (String table : List.of("treatment", "imputation", "audit_correlations", "audit_cronbach", "audit_availability",
                "audit_removal", "uncertainty", "sensitivity")) {
            assertTrue(Files.isRegularFile(out.resolve(table + ".csv")) && Files.isRegularFile(out.resolve(table + ".parquet")), table);
        }
        assertEquals(List.of("51"), query("select count(*) from '" + out.resolve("uncertainty.parquet") + "'"));
    }

    @Test
    void aNonNumericValueNamesFileRowAndColumnAndExitsFour() throws Exception {
        Path data = asemDataWith(2, line -> line.replaceFirst("^BEL,Belgium,2018,L,L,L,Europe,30528,", "BEL,Belgium,2018,L,L,L,Europe,30 528,"));

        Outcome outcome = index(data, ASEM.resolve("iMeta.csv"), quickMethod());

        assertEquals(ExitCodes.UNUSABLE_INPUT, outcome.status(), outcome.err());
        assertEquals("kuntadigi: unusable input: iData.csv row 3, column Area: '30 528' is not a number; write it with a decimal "
                + "point (e.g. 12.5), or leave it empty when missing", outcome.err().strip());
    }

    @Test
    void aMissingIndicatorColumnIsNamed() throws Exception {
        Path data = asemDataWith(0, line -> line.replace(",LPI,", ",LPX,"));

        Outcome outcome = index(data, ASEM.resolve("iMeta.csv"), quickMethod());

        assertEquals(ExitCodes.UNUSABLE_INPUT, outcome.status(), outcome.err());
        assertTrue(outcome.err().startsWith("kuntadigi: unusable input: iData.csv row 1, column LPI: the header has no column 'LPI'"),
                outcome.err());
    }

    @Test
    void anUnknownParentIsNamedAndTheLastOutputStays() throws Exception {
        assertEquals(ExitCodes.OK, index(ASEM.resolve("iData.csv"), ASEM.resolve("iMeta.csv"), quickMethod()).status());
        String before = Files.readString(tmp.resolve("out/ranks.csv"));
        Path meta = Files.writeString(tmp.resolve("iMeta.csv"),
                Files.readString(ASEM.resolve("iMeta.csv")).replace(",Population,Physical,Indicator", ",Population,Physicl,Indicator"));

        Outcome outcome = index(ASEM.resolve("iData.csv"), meta, quickMethod());

        assertEquals(ExitCodes.UNUSABLE_INPUT, outcome.status(), outcome.err());
        assertEquals("kuntadigi: unusable input: iMeta.csv row 3, column Parent: 'Physicl' (the Parent of iCode 'Flights') is not "
                + "an aggregate of the framework; add it as a row of Type Aggregate or correct the Parent", outcome.err().strip());
        assertFalse(outcome.err().contains("\tat "));
        assertEquals(before, Files.readString(tmp.resolve("out/ranks.csv")));
    }
}
