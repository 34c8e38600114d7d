package fi.kuntadigi.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headless runs: snippets run in order, a failing snippet stops the notebook and is named. */
class ScriptRunnerTest {

    @TempDir
    Path dir;

    private void run(String script) throws Exception {
        Path file = dir.resolve("x.jsh");
        Files.writeString(file, script);
        new ScriptRunner(System.getProperty("java.class.path"), System.out).run(file);
    }

    @Test
    void snippetsRunInOrderAndCommandsAreSkipped() throws Exception {
        run("""
                // a comment
                int twice(int x) {
                    return 2 * x;
                }
                var n = twice(21);
                System.setProperty("scriptrunner.test", "n=" + n);
                /exit
                """);
        assertEquals("n=42", System.getProperty("scriptrunner.test"));
    }

    @Test
    void aSnippetThatThrowsFailsTheNotebook() {
        NotebookFailure f = assertThrows(NotebookFailure.class, () -> run("var a = 1;\nInteger.parseInt(\"x\");\n"));
        assertTrue(f.getMessage().contains("parseInt"), f.getMessage());
    }

    @Test
    void aSnippetThatDoesNotCompileFailsTheNotebook() {
        NotebookFailure f = assertThrows(NotebookFailure.class, () -> run("int a = \"text\";\n"));
        assertTrue(f.getMessage().contains("does not compile"), f.getMessage());
    }

    @Test
    void theRunnerFindsNotebooksByNameAndRefusesUnknownOnes() {
        assertEquals(List.of("digital-potential.jsh", "pilot-evaluation.jsh", "roadmap-what-if.jsh", "survey-weighting.jsh"),
                NotebookRunner.scripts(Path.of("notebooks"), List.of()).stream().map(p -> p.getFileName().toString()).toList());
        assertThrows(IllegalArgumentException.class, () -> NotebookRunner.scripts(Path.of("notebooks"), List.of("nope")));
        assertThrows(IllegalArgumentException.class, () -> NotebookRunner.parse(new String[] {"--out"}));
        assertThrows(IllegalArgumentException.class, () -> NotebookRunner.parse(new String[] {"--bogus"}));
    }
}
