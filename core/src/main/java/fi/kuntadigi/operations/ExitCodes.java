package fi.kuntadigi.operations;

/**
 * Exit statuses of every batch command, distinct so cron, systemd timers or an orchestrator
 * can act on them. Documented in README.md.
 */
public final class ExitCodes {

    /** Everything read was published. */
    public static final int OK = 0;
    /** A bug or an environment problem (disk full, Spark failed); the message says which. */
    public static final int INTERNAL_ERROR = 1;
    /** The command line was wrong (picocli's own status). */
    public static final int USAGE = 2;
    /** The run succeeded and published, but some rows were quarantined; see warehouse/quarantine/. */
    public static final int OK_WITH_QUARANTINE = 3;
    /** An input could not be used at all (missing file or column, unknown format); nothing was published. */
    public static final int UNUSABLE_INPUT = 4;
    /** Another run of the same job is in progress (its lock is held by a live process); nothing was done. */
    public static final int ALREADY_RUNNING = 5;

    private ExitCodes() {
    }
}
