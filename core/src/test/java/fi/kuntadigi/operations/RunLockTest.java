package fi.kuntadigi.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

    @TempDir
    Path locks;

    @Test
    void secondRunOfTheSameJobIsRefusedWhileTheFirstHoldsTheLock() {
        try (RunLock first = RunLock.acquire(locks, "ingest")) {
            AlreadyRunningException e = assertThrows(AlreadyRunningException.class, () -> RunLock.acquire(locks, "ingest"));
            assertTrue(e.getMessage().startsWith("another ingest run is in progress (process " + ProcessHandle.current().pid()),
                    e.getMessage());
        }
    }

    @Test
    void differentJobsDoNotBlockEachOther() {
        try (RunLock ingest = RunLock.acquire(locks, "ingest"); RunLock analyze = RunLock.acquire(locks, "analyze")) {
            assertTrue(Files.exists(locks.resolve("analyze.lock")));
        }
    }

    @Test
    void releasingRemovesTheLockFile() {
        RunLock.acquire(locks, "ingest").close();
        assertFalse(Files.exists(locks.resolve("ingest.lock")));
    }

    @Test
    void lockLeftByAKilledProcessIsStaleAndTakenOver() throws Exception {
        Process killed = new ProcessBuilder("sleep", "30").start();
        long pid = killed.pid();
        killed.destroyForcibly().waitFor();
        Files.writeString(locks.resolve("ingest.lock"), "pid=" + pid + "\nhost=" + RunLock.hostName()
                + "\nsince=" + Instant.now() + "\ntoken=old\n");

        try (RunLock lock = RunLock.acquire(locks, "ingest")) {
            assertEquals(ProcessHandle.current().pid(), RunLock.holder(locks.resolve("ingest.lock")).orElseThrow().pid());
        }
    }

    @Test
    void lockOfALiveProcessIsNotStale() throws Exception {
        Process alive = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(locks.resolve("ingest.lock"), "pid=" + alive.pid() + "\nhost=" + RunLock.hostName()
                    + "\nsince=" + Instant.now() + "\ntoken=other\n");
            assertTrue(RunLock.tryAcquire(locks, "ingest").isEmpty());
        } finally {
            alive.destroyForcibly();
        }
    }

    @Test
    void unreadableLockFileIsTreatedAsStale() throws Exception {
        Files.writeString(locks.resolve("ingest.lock"), "half-writ");
        try (RunLock lock = RunLock.acquire(locks, "ingest")) {
            assertTrue(RunLock.holder(locks.resolve("ingest.lock")).isPresent());
        }
    }
}
