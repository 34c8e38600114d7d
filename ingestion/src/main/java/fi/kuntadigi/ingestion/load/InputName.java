package fi.kuntadigi.ingestion.load;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * An input file: where it is and the name shown to people (relative to the datasets folder,
 * e.g. {@code transactions/230-karvia.csv}).
 */
public record InputName(String path, String display) implements Serializable {

    public static InputName of(Path datasetsDir, Path file) {
        return new InputName(file.toAbsolutePath().toString(),
                datasetsDir.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/'));
    }

    public Path toPath() {
        return Path.of(path);
    }

    /** File name without folders and extension, e.g. {@code residents_2021}. */
    public String baseName() {
        String name = toPath().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
