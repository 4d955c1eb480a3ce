package dev.runlog.domain.model.run;

import dev.runlog.domain.model.shared.InvalidValueException;
import dev.runlog.domain.model.shared.Violation;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs to import at once: between one and {@value #MAX_RUNS}, every one of them valid. A batch
 * with a bad element is refused whole, and the refusal names each bad element by its index
 * ({@code [3].distance}), so a client can fix them all and send the batch again.
 *
 * @param runs the runs, in the order they were given
 */
public record RunBatch(List<RunDetails> runs) {

    /** The most runs one import may hold: enough for years of running, small enough for one request. */
    public static final int MAX_RUNS = 10_000;

    public RunBatch {
        runs = List.copyOf(runs);
        if (runs.isEmpty() || runs.size() > MAX_RUNS) {
            throw new InvalidValueException("runs", "from 1 to " + MAX_RUNS + " runs at once; got " + runs.size());
        }
    }

    /**
     * Checks every element, turning each into {@link RunDetails} with {@code toDetails}, and
     * reports the violations of all bad elements at once, each field prefixed by its index.
     */
    public static <T> RunBatch of(List<T> elements, Function<T, RunDetails> toDetails) {
        List<RunDetails> runs = new ArrayList<>(elements.size());
        List<Violation> violations = new ArrayList<>();
        for (int index = 0; index < elements.size(); index++) {
            T element = elements.get(index);
            if (element == null) {
                violations.add(new Violation(at(index), "a run, not null"));
                continue;
            }
            try {
                runs.add(toDetails.apply(element));
            } catch (InvalidValueException e) {
                for (Violation violation : e.violations()) {
                    violations.add(new Violation(at(index) + "." + violation.field(), violation.message()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return new RunBatch(runs);
    }

    /** Whether any run needs the runner's zone to be complete ({@link RunDetails#needsRunnersZone}). */
    public boolean needsRunnersZone() {
        return runs.stream().anyMatch(RunDetails::needsRunnersZone);
    }

    /**
     * These runs, each completed in the runner's zone ({@link RunDetails#completedIn}); a start
     * that does not exist there is reported by the index of its run, like any bad field.
     */
    public RunBatch completedIn(ZoneId runnersZone, Clock clock) {
        return of(runs, run -> run.completedIn(runnersZone, clock));
    }

    private static String at(int index) {
        return "[" + index + "]";
    }
}
