package fi.kuntadigi.dashboard.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuntadigi.catalog.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The PDF reports {@code kuntadigi report} has published under {@code <warehouse>/_reports/}: each run's
 * manifest, newest first. A folder without a readable manifest (a run still being made) is not listed.
 */
public final class ReportList {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    public ReportList(Path warehouse) {
        this.root = ReportFiles.root(warehouse);
    }

    /** One published run: its folder and manifest. */
    public record Run(Path folder, ReportFiles.Manifest manifest) {
    }

    public List<Run> newestFirst() {
        List<Run> runs = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return runs;
        }
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                read(folder).ifPresent(m -> runs.add(new Run(folder, m)));
            }
        } catch (IOException e) {
            return runs;
        }
        runs.sort(Comparator.comparing((Run r) -> r.manifest().runId()).reversed());
        return runs;
    }

    /** The published file {@code name} of run {@code runId}, only if that run's manifest lists it. */
    public Optional<Found> find(String runId, String name) {
        return newestFirst().stream().filter(r -> r.manifest().runId().equals(runId)).findFirst()
                .flatMap(r -> r.manifest().files().stream().filter(f -> f.file().equals(name)).findFirst()
                        .map(f -> new Found(r.folder().resolve(f.file()), f)));
    }

    /** A file found in a manifest. */
    public record Found(Path path, ReportFiles.Report report) {
    }

    private static Optional<ReportFiles.Manifest> read(Path folder) {
        try {
            return Optional.of(JSON.readValue(folder.resolve(ReportFiles.MANIFEST).toFile(), ReportFiles.Manifest.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
