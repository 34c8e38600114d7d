package fi.kuntadigi.ingestion.run;

import fi.kuntadigi.operations.UnusableInputException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the message a person should see in a failure, also when Spark wrapped it in a task
 * failure: an unusable input's one-line message, or the root cause's.
 */
public final class Failures {

    private static final Pattern WRAPPED = Pattern.compile(UnusableInputException.class.getName().replace(".", "\\.") + ": ([^\\n]*)");

    private Failures() {
    }

    /** The unusable-input message inside {@code e}, if the failure is one. */
    public static Optional<String> unusableInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnusableInputException u) {
                return Optional.of(u.getMessage());
            }
            Matcher m = WRAPPED.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** One line for a person: the unusable-input message, or the root cause's class and message. */
    public static String message(Throwable e) {
        return unusableInput(e).orElseGet(() -> {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String msg = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
            return root.getClass().getSimpleName() + (msg.isEmpty() ? "" : ": " + msg);
        });
    }
}
