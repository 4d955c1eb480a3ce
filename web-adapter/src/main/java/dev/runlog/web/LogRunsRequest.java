package dev.runlog.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.runlog.domain.model.run.RunBatch;
import dev.runlog.domain.model.run.RunDetails;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The body of {@code POST /api/users/{id}/runs}: one run as a JSON object, or a JSON array of
 * runs to import at once. Jackson picks the creator by the shape of the JSON: an object goes to
 * {@link #one}, an array to {@link #many}.
 */
record LogRunsRequest(List<RunRequest> runs, boolean isBatch) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static LogRunsRequest one(RunRequest run) {
        return new LogRunsRequest(List.of(run), false);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static LogRunsRequest many(List<RunRequest> runs) {
        return new LogRunsRequest(runs, true);
    }

    RunDetails single() {
        return runs.get(0).toDetails();
    }

    RunBatch batch() {
        return RunBatch.of(runs, RunRequest::toDetails);
    }

    /** Only for the API description: what the body may be. */
    @Schema(
            name = "RunOrRunsRequest",
            oneOf = {RunRequest.class, RunRequests.class})
    interface OneOrMany {}

    /** Only for the API description: an import is an array of runs. */
    @ArraySchema(
            schema = @Schema(implementation = RunRequest.class),
            minItems = 1,
            maxItems = RunBatch.MAX_RUNS,
            arraySchema = @Schema(description = "Runs to import at once; all are stored, or none"))
    interface RunRequests {}
}
