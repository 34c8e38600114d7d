package fi.kuntadigi.dashboard.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

/**
 * axe-core's source from the npm registry: {@code src/test/browser/package.json} and its lock
 * are installed with {@code npm ci} into {@code target/browser} on first use.
 */
final class Axe {

    private static final Path SOURCE = Path.of("src/test/browser");
    private static final Path INSTALL = Path.of("target/browser");

    private Axe() {
    }

    static synchronized String script() throws IOException, InterruptedException {
        Path axe = INSTALL.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(axe)) {
            Files.createDirectories(INSTALL);
            for (String f : new String[] {"package.json", "package-lock.json"}) {
                Files.copy(SOURCE.resolve(f), INSTALL.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
            Process npm = new ProcessBuilder("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund")
                    .directory(INSTALL.toFile()).inheritIO().start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci of axe-core failed in " + INSTALL.toAbsolutePath());
            }
        }
        return Files.readString(axe);
    }
}
