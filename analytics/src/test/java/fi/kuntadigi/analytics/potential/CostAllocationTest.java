package fi.kuntadigi.analytics.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostAllocationTest {

    @Test
    void sharedCostIsSplitByPopulationToTheCent() {
        Map<String, Long> populations = new LinkedHashMap<>();
        populations.put("181", 1766L);
        populations.put("214", 12926L);
        populations.put("747", 1423L);
        Map<String, Long> parts = CostAllocation.split(800_000, populations);
        // exact shares 87 669.87, 641 687.87, 70 642.26: floors leave 2 cents, to the two largest remainders
        assertEquals(Map.of("181", 87_670L, "214", 641_688L, "747", 70_642L), parts);
        assertEquals(800_000L, parts.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void servicesWithoutVolumeShareEqually() {
        Map<String, Long> volumes = new LinkedHashMap<>();
        volumes.put("a", 0L);
        volumes.put("b", 0L);
        assertEquals(Map.of("a", 50_001L, "b", 50_000L), CostAllocation.split(100_001, volumes));
    }
}
