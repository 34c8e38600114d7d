package fi.kuntadigi.dashboard.operations;

import fi.kuntadigi.dashboard.i18n.Times;
import fi.kuntadigi.dashboard.web.Page;
import fi.kuntadigi.operations.schedule.Scheduler;
import j2html.tags.DomContent;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The operations part of the data-and-jobs view: scheduler notice, start and upload forms, waiting uploads, run history. */
final class DataPanel {

    private static final int HISTORY_ROWS = 50;

    private final OperationsSettings settings;
    private final RunFiles runs;
    private final Uploads uploads;
    private final ServeScheduler scheduler;

    DataPanel(OperationsSettings settings, RunFiles runs, Uploads uploads, ServeScheduler scheduler) {
        this.settings = settings;
        this.runs = runs;
        this.uploads = uploads;
        this.scheduler = scheduler;
    }

    List<DomContent> render(Page page) {
        List<DomContent> parts = new ArrayList<>();
        if (scheduler != null) {
            ZonedDateTime now = ZonedDateTime.now(Scheduler.ZONE);
            parts.add(OperationsHtml.schedulerNotice(page, scheduler.jobs().stream()
                    .map(j -> page.messages().format("ops.scheduler.job", j.name(), j.cron(),
                            Scheduler.nextRun(j, now).map(t -> Times.moment(t.toInstant(),
                                    page.messages().lang())).orElse("–"))).toList()));
        }
        parts.add(OperationsHtml.startForm(page, settings));
        parts.add(OperationsHtml.uploadForm(page, settings));
        parts.add(OperationsHtml.waiting(page, uploads.waiting(), uploads));
        parts.add(OperationsHtml.history(page, runs.newestFirst(HISTORY_ROWS)));
        return parts;
    }
}
