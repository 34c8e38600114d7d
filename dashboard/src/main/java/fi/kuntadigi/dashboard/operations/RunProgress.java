package fi.kuntadigi.dashboard.operations;

import fi.kuntadigi.operations.RunRecord;
import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.operations.schedule.Attempt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How far a run is: a run started here knows all its steps; any other run is one step, from its
 * attempt in the history or else its record.
 */
final class RunProgress {

    /** The steps of a run and whether all of them have ended; no steps: no such run. */
    record Progress(List<OperationsHtml.StepView> steps, boolean done) {
        boolean known() {
            return !steps.isEmpty();
        }
    }

    private final ManualRuns manual;
    private final RunFiles runs;

    RunProgress(ManualRuns manual, RunFiles runs) {
        this.manual = manual;
        this.runs = runs;
    }

    Progress of(String id) {
        if (!RunFiles.validId(id)) {
            return new Progress(List.of(), true);
        }
        Optional<ManualRuns.Run> started = manual.find(id);
        if (started.isPresent()) {
            List<OperationsHtml.StepView> steps = new ArrayList<>();
            for (ManualRuns.Step s : started.get().steps) {
                steps.add(step(s.job, s.runId, s.state, s.exitCode));
            }
            return new Progress(steps, started.get().done());
        }
        Optional<Attempt> attempt = runs.attempt(id);
        if (attempt.isPresent()) {
            Attempt a = attempt.get();
            return new Progress(List.of(step(a.job(), id, ManualRuns.FINISHED, a.exitCode())), true);
        }
        Optional<RunRecord> record = runs.record(id);
        if (record.isPresent()) {
            RunRecord r = record.get();
            boolean running = RunRecord.RUNNING.equals(r.status());
            Integer code = running ? null : RunRecord.SUCCEEDED.equals(r.status())
                    ? (r.quarantined() > 0 ? ExitCodes.OK_WITH_QUARANTINE : ExitCodes.OK) : ExitCodes.INTERNAL_ERROR;
            return new Progress(List.of(step(r.job(), id, running ? ManualRuns.RUNNING : ManualRuns.FINISHED, code)), !running);
        }
        return new Progress(List.of(), true);
    }

    private OperationsHtml.StepView step(String job, String runId, String state, Integer exitCode) {
        String problem = null;
        if (runId != null && exitCode != null && exitCode != ExitCodes.OK && exitCode != ExitCodes.OK_WITH_QUARANTINE) {
            problem = runs.record(runId).map(RunRecord::error).or(() -> runs.lastProblem(runId)).orElse(null);
        }
        return new OperationsHtml.StepView(job, runId, state, exitCode, problem, runId == null ? List.of() : runs.log(runId));
    }
}
