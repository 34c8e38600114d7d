package fi.kuntadigi.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the PDF reports live in a warehouse, and what their manifest says: one folder per report run
 * ({@code _reports/<run id>/}), never overwritten, holding the PDFs and {@code report.json}. Written by the
 * reports module ({@code kuntadigi report}), read by the dashboard's report list; neither depends on the other.
 */
public final class ReportFiles {

    public static final String FOLDER = "_reports";
    public static final String MANIFEST = "report.json";
    /** The two kinds of report. */
    public static final String STEERING = "steering";
    public static final String OFFICIALS = "officials";

    private ReportFiles() {
    }

    public static Path root(Path warehouse) {
        return warehouse.resolve(FOLDER);
    }

    /**
     * One report run.
     *
     * @param runId       the run that made it
     * @param dataVersion the analyze run whose marts it shows
     * @param computedAt  when those marts were published (ISO-8601)
     * @param generatedAt when the reports were made (ISO-8601)
     * @param files       the PDFs
     * @param mail        how the steering pack was delivered by e-mail, or null when it was not sent
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Manifest(@JsonProperty("run_id") String runId,
                           @JsonProperty("data_version") String dataVersion,
                           @JsonProperty("computed_at") String computedAt,
                           @JsonProperty("generated_at") String generatedAt,
                           @JsonProperty("files") List<Report> files,
                           @JsonProperty("mail") Delivery mail) {

        public Manifest {
            files = List.copyOf(files);
        }

        public Manifest withMail(Delivery delivery) {
            return new Manifest(runId, dataVersion, computedAt, generatedAt, files, delivery);
        }
    }

    /**
     * One PDF.
     *
     * @param file         its name in the run's folder
     * @param kind         {@link #STEERING} or {@link #OFFICIALS}
     * @param lang         fi, sv or en
     * @param municipality the municipality code of a councillors' roadmap; null for the steering pack
     * @param title        the document title (also in the PDF's metadata)
     * @param pages        page count
     * @param sha256       the file's SHA-256, hex
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(@JsonProperty("file") String file, @JsonProperty("kind") String kind,
                         @JsonProperty("lang") String lang, @JsonProperty("municipality") String municipality,
                         @JsonProperty("title") String title, @JsonProperty("pages") int pages,
                         @JsonProperty("sha256") String sha256) {
    }

    /**
     * An e-mail delivery.
     *
     * @param to      recipients
     * @param status  sent or failed
     * @param message the server's answer when it failed
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Delivery(@JsonProperty("to") List<String> to, @JsonProperty("status") String status,
                           @JsonProperty("message") String message) {

        public static final String SENT = "sent";
        public static final String FAILED = "failed";
    }
}
