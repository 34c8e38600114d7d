import com.sun.management.OperatingSystemMXBean;
import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.FrameworkFiles;
import fi.kuntadigi.index.framework.Node;
import fi.kuntadigi.index.framework.Unit;
import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.method.MethodFile;
import fi.kuntadigi.index.uncertainty.InputModel;
import fi.kuntadigi.index.uncertainty.UncertaintyAnalysis;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The cost of one run of the index engine's uncertainty analysis at national scale, without Spark or the rest of
 * analyze: 33 748 units of random whole-number indicators in the potential framework, the framework's method
 * (its weights, aggregations and the two unit-cost inputs varied; the inputs here scale the saving column and a
 * net benefit made from it), the Monte Carlo repeated to warm the JIT. Prints the process CPU per run.
 * <p>Usage (from the repository root, after {@code ./mvnw -B -ntp -o -q -pl core compile}):
 * {@code java -XX:+UseParallelGC -Xmx4g -cp core/target/classes:COMMONS_MATH3_JAR:FASTCSV_JAR bench/IndexRuns.java
 * datasets/config/index/potential 3}
 */
public class IndexRuns {

    private static final int UNITS = 33_748;

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Framework framework = FrameworkFiles.readMeta(folder.resolve("iMeta.csv"));
        Method method = MethodFile.read(folder.resolve("method.properties"));
        Random random = new Random(1);
        List<Unit> units = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            units.add(new Unit(String.valueOf(u), "unit " + u, Map.of()));
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (Node n : framework.indicators()) {
            columns.put(n.code(), random.doubles(UNITS, 0, 1000).map(Math::floor).toArray());
        }
        UnitData data = new UnitData(units, columns);
        double[] saving = data.column("saving_per_transaction");
        InputModel inputs = m -> {
            double factor = m.get("non_digital_unit_cost") - 0.5 * m.get("digital_unit_cost");
            double[] s = new double[UNITS];
            double[] net = new double[UNITS];
            for (int u = 0; u < UNITS; u++) {
                s[u] = saving[u] * factor;
                net[u] = s[u] * 3 - 100;
            }
            return data.with(Map.of("saving_per_transaction", s, "net_benefit_shared", net));
        };
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int rep = 0; rep < repeats; rep++) {
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            int runs = UncertaintyAnalysis.run(framework, inputs, method).ranks().length;
            System.out.printf("%d runs: %.1f s wall, %.2f ms of CPU per run%n", runs, (System.nanoTime() - wall) / 1e9,
                    (os.getProcessCpuTime() - cpu) / 1e6 / runs);
        }
    }
}
