package fi.kuntadigi.reports.run;

import fi.kuntadigi.dashboard.i18n.Lang;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What one {@code kuntadigi report} run makes.
 *
 * @param warehouse    the warehouse whose marts are reported (the reports go to its {@code _reports/})
 * @param kinds        steering and/or officials ({@code ReportFiles.STEERING}, {@code ReportFiles.OFFICIALS})
 * @param langs        the languages, each a PDF of its own
 * @param municipality the one municipality of the councillors' roadmaps, or null for all
 * @param mail         the mail settings file when the steering pack is to be mailed, or null
 * @param runId        the run's id
 * @param recorded     whether the caller (the scheduler, the dashboard) records the attempt in the run history;
 *                     when not, the run appends it itself
 * @param ifNewData    make nothing when reports of the current data version with these kinds and languages exist
 */
public record ReportRequest(Path warehouse, Set<String> kinds, List<Lang> langs, String municipality, Path mail,
                            String runId, boolean recorded, boolean ifNewData) {

    public ReportRequest {
        kinds = Set.copyOf(kinds);
        langs = List.copyOf(langs);
    }
}
