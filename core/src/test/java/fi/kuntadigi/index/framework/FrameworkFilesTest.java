package fi.kuntadigi.index.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.index.AsemFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** COINr's iMeta and iData load as they are; unusable rows are named by file, row and column. */
class FrameworkFilesTest {

    @TempDir
    Path tmp;

    private static final String META = """
            Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type
            1,a,A,1,1,,,,P,Indicator
            1,b,B,-1,2,,,pop,P,Indicator
            2,P,Pillar,1,1,,,,,Aggregate
            ,g,Group,,,,,,,Group
            ,pop,Population,,,,,,,Denominator
            """;

    private Framework meta(String text) throws Exception {
        return FrameworkFiles.readMeta(Files.writeString(tmp.resolve("iMeta.csv"), text));
    }

    @Test
    void asemFrameworkHasItsLevels() {
        Framework f = FrameworkFiles.readMeta(AsemFiles.meta());

        assertEquals(49, f.indicators().size());
        assertEquals(8, f.aggregatesAt(2).size());
        assertEquals("Index", f.index().code());
        assertEquals(List.of("Physical", "ConEcFin", "Political", "Instit", "P2P"),
                f.children("Conn").stream().map(Node::code).toList());
        assertEquals(-1, f.node("CostImpEx").direction());
        assertEquals("Population", f.node("Flights").denominator());
        assertEquals(4.1180313499999999, f.node("LPI").target());
    }

    @Test
    void asemDataHasItsUnitsGroupsAndGaps() {
        Framework f = FrameworkFiles.readMeta(AsemFiles.meta());
        UnitData d = FrameworkFiles.readData(AsemFiles.data(), f);

        assertEquals(51, d.size());
        assertEquals("Austria", d.units().get(0).name());
        assertEquals("Europe", d.units().get(0).group("EurAsia_group"));
        long missing = f.indicators().stream().flatMap(n -> Arrays.stream(d.column(n.code())).boxed())
                .filter(v -> v.isNaN()).count();
        assertEquals(63, missing);
    }

    @Test
    void aSmallFrameworkReadsDirectionWeightAndDenominator() throws Exception {
        Framework f = meta(META);

        assertEquals(-1, f.node("b").direction());
        assertEquals(2, f.node("b").weight());
        assertEquals("pop", f.node("b").denominator());
        assertEquals(NodeType.GROUP, f.node("g").type());
    }

    @Test
    void anUnknownParentIsNamedWithItsRow() throws Exception {
        FrameworkInputException e = assertThrows(FrameworkInputException.class, () -> meta(META.replace(",,P,Indicator\n1,b", ",,Q,Indicator\n1,b")));

        assertEquals("iMeta.csv row 2, column Parent: 'Q' (the Parent of iCode 'a') is not an aggregate of the framework; "
                + "add it as a row of Type Aggregate or correct the Parent", e.getMessage());
    }

    @Test
    void anUnknownTypeIsNamedWithItsRow() throws Exception {
        FrameworkInputException e = assertThrows(FrameworkInputException.class, () -> meta(META.replace(",,,Group", ",,,Grup")));

        assertEquals("iMeta.csv row 5, column Type: 'Grup' is not one of Indicator, Aggregate, Group, Denominator, Other", e.getMessage());
    }

    @Test
    void aDirectionOtherThanOneOrMinusOneIsRefused() throws Exception {
        FrameworkInputException e = assertThrows(FrameworkInputException.class, () -> meta(META.replace("1,b,B,-1", "1,b,B,2")));

        assertTrue(e.getMessage().startsWith("iMeta.csv row 3, column Direction:"), e.getMessage());
    }

    @Test
    void aNonNumericDataValueNamesFileRowAndColumn() throws Exception {
        Framework f = meta(META);
        Path data = Files.writeString(tmp.resolve("iData.csv"), "uCode,uName,g,pop,a,b\nX,Ex,E,10,1,2\nY,Why,E,20,n/a,3\n");

        FrameworkInputException e = assertThrows(FrameworkInputException.class, () -> FrameworkFiles.readData(data, f));

        assertEquals("iData.csv row 3, column a: 'n/a' is not a number; write it with a decimal point (e.g. 12.5), "
                + "or leave it empty when missing", e.getMessage());
    }

    @Test
    void aMissingColumnIsNamed() throws Exception {
        Framework f = meta(META);
        Path data = Files.writeString(tmp.resolve("iData.csv"), "uCode,uName,g,pop,a\nX,Ex,E,10,1\n");

        FrameworkInputException e = assertThrows(FrameworkInputException.class, () -> FrameworkFiles.readData(data, f));

        assertEquals("iData.csv row 1, column b: the header has no column 'b'; header: [uCode, uName, g, pop, a]", e.getMessage());
    }

    @Test
    void emptyCellsAndNaAreMissing() throws Exception {
        Framework f = meta(META);
        Path data = Files.writeString(tmp.resolve("iData.csv"), "uCode,uName,g,pop,a,b\nX,Ex,E,10,,NA\n");

        UnitData d = FrameworkFiles.readData(data, f);

        assertTrue(Double.isNaN(d.value("a", 0)) && Double.isNaN(d.value("b", 0)));
    }
}
