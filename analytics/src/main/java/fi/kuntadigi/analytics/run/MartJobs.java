package fi.kuntadigi.analytics.run;

import fi.kuntadigi.analytics.costs.CostsJob;
import fi.kuntadigi.analytics.maturity.MaturityJob;
import fi.kuntadigi.analytics.pilots.PilotsJob;
import fi.kuntadigi.analytics.potential.PotentialJob;
import fi.kuntadigi.analytics.roadmap.RoadmapJob;
import fi.kuntadigi.analytics.surveys.SurveysJob;
import java.util.List;

/**
 * Every analytics feature, in the order their marts are reported: maturity and surveys feed potential's savings
 * and index, potential's ranking feeds the roadmap (each reads the other's result through
 * {@link AnalysisContext#shared}, which waits for it).
 */
public final class MartJobs {

    private MartJobs() {
    }

    public static List<MartJob> all() {
        return List.of(new MaturityJob(), new SurveysJob(), new PotentialJob(), new PilotsJob(), new CostsJob(),
                new RoadmapJob());
    }
}
