package fi.kuntadigi.notebooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs notebooks headless: {@code NotebookRunner [NAME...] [--warehouse DIR] [--out DIR] [--config FILE]
 * [--notebooks DIR]}.
 * Without names it runs every {@code *.jsh} in the notebooks folder. Exit code 0 when all ran, 1 when one failed,
 * 2 on bad arguments.
 */
public final class NotebookRunner {

    private NotebookRunner() {
    }

    public static void main(String[] args) {
        try {
            for (Path script : parse(args)) {
                System.out.println("notebook " + script.getFileName() + " ...");
                new ScriptRunner(System.getProperty("java.class.path"), System.out).run(script);
            }
        } catch (NotebookFailure e) {
            System.err.println("notebook failed: " + e.getMessage());
            System.exit(1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /** The scripts the arguments name; options become the system properties the scripts read. */
    static List<Path> parse(String[] args) {
        List<String> names = new ArrayList<>();
        Path notebooks = Path.of("notebooks-java", "notebooks");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warehouse" -> System.setProperty("kuntadigi.warehouse", value(args, ++i));
                case "--out" -> System.setProperty("kuntadigi.out", value(args, ++i));
                case "--config" -> System.setProperty("kuntadigi.config", value(args, ++i));
                case "--notebooks" -> notebooks = Path.of(value(args, ++i));
                case "-h", "--help" -> {
                    System.out.println("usage: notebooks [NAME...] [--warehouse DIR] [--out DIR] [--config FILE] [--notebooks DIR]");
                    return List.of();
                }
                default -> {
                    if (args[i].startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + args[i]);
                    }
                    names.add(args[i]);
                }
            }
        }
        return scripts(notebooks, names);
    }

    /** The scripts to run: the named ones, or all in the folder in name order. */
    public static List<Path> scripts(Path folder, List<String> names) {
        if (!names.isEmpty()) {
            List<Path> named = new ArrayList<>();
            for (String n : names) {
                Path p = folder.resolve(n.endsWith(".jsh") ? n : n + ".jsh");
                if (!Files.isRegularFile(p)) {
                    throw new IllegalArgumentException("no notebook " + p);
                }
                named.add(p);
            }
            return named;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
