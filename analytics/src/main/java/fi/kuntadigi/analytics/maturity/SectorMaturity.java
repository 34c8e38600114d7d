package fi.kuntadigi.analytics.maturity;

import java.util.List;
import java.util.Map;

/**
 * Latest maturity index (0-100) per municipality and sector, handed to the potential index. A
 * municipality or sector without an assessment gets the mean of all assessments (neutral).
 */
public record SectorMaturity(Map<List<String>, Double> latest) {

    public double of(String municipalityCode, String sector) {
        Double v = latest.get(List.of(municipalityCode, sector));
        if (v != null) {
            return v;
        }
        return latest.entrySet().stream().filter(e -> !e.getKey().get(1).equals(MaturityIndex.ALL_SECTORS))
                .mapToDouble(Map.Entry::getValue).average().orElse(50);
    }
}
