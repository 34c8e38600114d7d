package fi.kuntadigi.notebooks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Evaluates one JShell script ({@code .jsh}) snippet by snippet in this JVM (JShell's local engine), stopping
 * at the first snippet that does not compile or throws. JShell commands ({@code /exit}, ...) are skipped.
 */
public final class ScriptRunner {

    private final String classPath;
    private final PrintStream out;

    /** A runner whose scripts see {@code classPath} and print to {@code out}. */
    public ScriptRunner(String classPath, PrintStream out) {
        this.classPath = classPath;
        this.out = out;
    }

    /** Runs the script; throws {@link NotebookFailure} naming the failing snippet. */
    public void run(Path script) {
        String source;
        try {
            source = Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
            shell.addToClasspath(classPath);
            for (String snippet : snippets(shell.sourceCodeAnalysis(), source)) {
                check(shell, script, snippet, shell.eval(snippet));
            }
        }
    }

    /** The complete snippets of the source, without JShell commands and comments-only rest. */
    static List<String> snippets(SourceCodeAnalysis analysis, String source) {
        List<String> snippets = new ArrayList<>();
        String rest = source.lines().filter(l -> !l.stripLeading().startsWith("/") || l.stripLeading().startsWith("//")
                || l.stripLeading().startsWith("/*")).collect(Collectors.joining("\n"));
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            if (!info.completeness().isComplete()) {
                throw new IllegalArgumentException("incomplete snippet at the end of the script: " + rest.strip());
            }
            snippets.add(info.source());
            rest = info.remaining();
        }
        return snippets;
    }

    private static void check(JShell shell, Path script, String snippet, List<SnippetEvent> events) {
        for (SnippetEvent e : events) {
            if (e.exception() != null) {
                throw new NotebookFailure(script + ": " + e.exception() + "\n  in: " + snippet.strip(), e.exception());
            }
            if (e.status() == Snippet.Status.REJECTED) {
                String why = shell.diagnostics(e.snippet()).map(d -> d.getMessage(null))
                        .collect(Collectors.joining("; "));
                throw new NotebookFailure(script + ": does not compile: " + why + "\n  in: " + snippet.strip(), null);
            }
        }
    }
}
