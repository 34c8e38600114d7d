package fi.kuntadigi.ingestion.roadmap;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.ingestion.run.SourceJob;
import fi.kuntadigi.ingestion.validation.Issue;
import fi.kuntadigi.ingestion.validation.ReferenceIndex;
import fi.kuntadigi.ingestion.validation.RowRule;
import java.util.List;
import java.util.Optional;

/** Loads the roadmap's candidate actions (with dependencies) and their status reports. */
public final class RoadmapJob implements SourceJob {

    @Override
    public String source() {
        return "roadmap";
    }

    @Override
    public List<RowRule> rules(DatasetSchema dataset, ReferenceIndex index) {
        if (!dataset.equals(Datasets.ROADMAP_ACTIONS)) {
            return List.of();
        }
        int owner = dataset.indexOf("owner");
        RowRule knownOwner = row -> {
            String code = (String) row[owner];
            if (code == null || Datasets.JOINT.equals(code) || index.contains("municipalities", code)) {
                return Optional.empty();
            }
            return Optional.of(Issue.of("unknown_owner", "owner", code, "owner '" + code + "' is not a known municipality code; write a code"
                    + " from municipalities or " + Datasets.JOINT + " for a joint action", Datasets.JOINT));
        };
        return List.of(knownOwner);
    }
}
