package fi.kuntadigi.analytics.run;

import fi.kuntadigi.analytics.costs.CostsJob;
import fi.kuntadigi.analytics.maturity.MaturityJob;
import fi.kuntadigi.analytics.pilots.PilotsJob;
import fi.kuntadigi.analytics.potential.PotentialJob;
import fi.kuntadigi.analytics.roadmap.RoadmapJob;
import fi.kuntadigi.analytics.surveys.SurveysJob;
import java.util.List;

/**
 * Every analytics feature in dependency order: maturity and surveys feed potential, potential feeds roadmap
 * (each job names what it waits for in {@link MartJob#after()}).
 */
public final class MartJobs {

    private MartJobs() {
    }

    public static List<MartJob> all() {
        return List.of(new MaturityJob(), new SurveysJob(), new PotentialJob(), new PilotsJob(), new CostsJob(),
                new RoadmapJob());
    }
}
