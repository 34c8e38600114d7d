package fi.kuntadigi.dashboard.operations;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.operations.inbox.Inbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The exports waiting in the inbox as the analyst sees them: by dataset, with the names they
 * were sent under, their kept dry-run verdicts, and their withdrawal.
 */
final class Uploads {

    /** Names the inbox gives stored exports. */
    static final Pattern STORED = Pattern.compile("\\d{8}-\\d{6}-[0-9a-f]{6}\\.(csv|xlsx)");

    /** An export in the inbox: its dataset and the name the inbox gave it. */
    record Upload(String dataset, String file) {
        String path() {
            return dataset + "/" + file;
        }
    }

    /** A waiting export with the name it was sent under. */
    record Waiting(Upload upload, String originalName) {
    }

    private final OperationsSettings settings;
    private final DryRuns dryRuns;

    Uploads(OperationsSettings settings, DryRuns dryRuns) {
        this.settings = settings;
        this.dryRuns = dryRuns;
    }

    Inbox inbox() {
        return new Inbox(settings.inbox(), settings.maxUploadBytes());
    }

    DryRuns dryRuns() {
        return dryRuns;
    }

    /** An upload named by a route or form ({@code dataset/file}), only when both parts are ones the inbox makes. */
    static Optional<Upload> of(String dataset, String file) {
        return dataset != null && file != null && Datasets.byName(dataset).isPresent() && STORED.matcher(file).matches()
                ? Optional.of(new Upload(dataset, file)) : Optional.empty();
    }

    Optional<Upload> fromForm(String path) {
        if (path == null || path.indexOf('/') < 0) {
            return Optional.empty();
        }
        return of(path.substring(0, path.indexOf('/')), path.substring(path.indexOf('/') + 1));
    }

    /** Exports waiting for the next ingest run, dataset by dataset, oldest first. */
    List<Waiting> waiting() {
        Inbox inbox = inbox();
        List<Waiting> out = new ArrayList<>();
        for (DatasetSchema d : Datasets.all()) {
            for (var f : inbox.pending(d.name())) {
                String name = f.getFileName().toString();
                if (STORED.matcher(name).matches()) {
                    out.add(new Waiting(new Upload(d.name(), name),
                            inbox.received(d.name(), name).map(Inbox.Received::originalName).orElse(name)));
                }
            }
        }
        return out;
    }

    /** True when the upload's kept dry run says not one of its rows would be published. */
    boolean publishesNothing(Upload upload) {
        return dryRuns.kept(upload.dataset(), upload.file()).map(v -> v.path("published").asLong(-1) == 0).orElse(false);
    }

    Optional<JsonNode> verdict(Upload upload) {
        return dryRuns.kept(upload.dataset(), upload.file());
    }

    /** A dataset's name for people, in the page's language (its id when no label exists). */
    String label(Messages m, String dataset) {
        return m.has("dataset." + dataset) ? m.get("dataset." + dataset) : dataset;
    }
}
