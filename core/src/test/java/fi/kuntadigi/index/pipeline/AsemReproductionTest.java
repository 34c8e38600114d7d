package fi.kuntadigi.index.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuntadigi.index.AsemFiles;
import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.FrameworkFiles;
import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.method.MethodFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The engine reproduces the index COINr publishes for its ASEM example (vignette "Results"). */
class AsemReproductionTest {

    @Test
    void topSixMatchCoinrToTwoDecimals() {
        Framework framework = FrameworkFiles.readMeta(AsemFiles.meta());
        UnitData data = FrameworkFiles.readData(AsemFiles.data(), framework);
        IndexResult result = IndexPipeline.run(framework, data, MethodFile.read(AsemFiles.method()));

        double[] index = result.index();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < index.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -index[i]));
        List<String> top = order.subList(0, 6).stream()
                .map(i -> result.aggregated().units().get(i).name() + " " + String.format(Locale.ROOT, "%.2f", index[i]))
                .toList();
        assertEquals(List.of("Switzerland 68.38", "Netherlands 64.82", "Denmark 64.80", "Norway 64.47",
                "Belgium 63.54", "Sweden 63.00"), top);
    }
}
