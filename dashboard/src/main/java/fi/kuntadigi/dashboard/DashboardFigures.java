package fi.kuntadigi.dashboard;

import fi.kuntadigi.dashboard.costs.CostFigures;
import fi.kuntadigi.dashboard.figures.FigureCatalog;
import fi.kuntadigi.dashboard.maturity.MaturityFigures;
import fi.kuntadigi.dashboard.operations.DataFigures;
import fi.kuntadigi.dashboard.pilots.PilotFigures;
import fi.kuntadigi.dashboard.potential.PotentialFigures;
import fi.kuntadigi.dashboard.roadmap.RoadmapFigures;
import fi.kuntadigi.dashboard.surveys.SurveyFigures;

/** The dashboard's figures, area by area: the one place a new area's figures are added. */
public final class DashboardFigures {

    private DashboardFigures() {
    }

    public static FigureCatalog catalog() {
        return new FigureCatalog(MaturityFigures.all(), PotentialFigures.all(), PilotFigures.all(), SurveyFigures.all(),
                RoadmapFigures.all(), CostFigures.all(), DataFigures.all());
    }
}
