package dev.runlog.web;

import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunBatch;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunWithUser;
import dev.runlog.domain.model.shared.FieldChecks;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.in.DeleteRunCommand;
import dev.runlog.domain.port.in.DeleteRunUseCase;
import dev.runlog.domain.port.in.GetRunStatsUseCase;
import dev.runlog.domain.port.in.GetRunUseCase;
import dev.runlog.domain.port.in.ImportRunsCommand;
import dev.runlog.domain.port.in.ImportRunsUseCase;
import dev.runlog.domain.port.in.ListRunsUseCase;
import dev.runlog.domain.port.in.LogRunCommand;
import dev.runlog.domain.port.in.LogRunUseCase;
import dev.runlog.domain.port.in.UpdateRunCommand;
import dev.runlog.domain.port.in.UpdateRunUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The runs resources: {@code /api/runs}, and a user's runs and stats under
 * {@code /api/users/{id}}. Translates HTTP to use cases and back; no rules here.
 */
@RestController
@Tag(name = "Runs")
@RequestMapping(produces = "application/json")
public class RunController {

    private final LogRunUseCase logRun;
    private final ImportRunsUseCase importRuns;
    private final ListRunsUseCase listRuns;
    private final GetRunUseCase getRun;
    private final UpdateRunUseCase updateRun;
    private final DeleteRunUseCase deleteRun;
    private final GetRunStatsUseCase getRunStats;
    private final JsonMapper json;

    public RunController(
            LogRunUseCase logRun,
            ImportRunsUseCase importRuns,
            ListRunsUseCase listRuns,
            GetRunUseCase getRun,
            UpdateRunUseCase updateRun,
            DeleteRunUseCase deleteRun,
            GetRunStatsUseCase getRunStats,
            JsonMapper json) {
        this.logRun = logRun;
        this.importRuns = importRuns;
        this.listRuns = listRuns;
        this.getRun = getRun;
        this.updateRun = updateRun;
        this.deleteRun = deleteRun;
        this.getRunStats = getRunStats;
        this.json = json;
    }

    /** Logs one run; without a date or start, it is dated today. */
    @Operation(
            operationId = "logRun",
            summary = "Log a run for a user",
            description = "The distance is in `unit` (miles when left out), and the run is read back in it. A "
                    + "`start` without an offset is in `zone`, or in the runner's time zone (their preferences); "
                    + "the run's date is the start's local date.")
    @ApiResponse(responseCode = "201", description = "Logged; Location names the new run, ETag its version")
    @PostMapping(path = "/api/users/{userId}/runs", consumes = "application/json")
    public ResponseEntity<RunResponse> log(
            @AuthenticationPrincipal Caller caller, @PathVariable long userId, @RequestBody RunRequest request) {
        Run run = logRun.log(new LogRunCommand(caller, UserId.of(userId), request.toDetails()));
        return ResponseEntity.created(URI.create("/api/runs/" + run.id().value()))
                .eTag(EntityTags.of(run.version()))
                .body(RunResponse.from(run));
    }

    /** Imports up to 10,000 runs in one transaction, or none if any is invalid. */
    @Operation(
            operationId = "importRuns",
            summary = "Import many runs for a user at once",
            description = "Up to 10,000 runs, checked whole first: any bad element rejects the batch, with every "
                    + "bad element's fields listed by index (`[3].distance`), and nothing is stored.")
    @ApiResponse(responseCode = "201", description = "Imported: the new runs, in the order sent")
    @PostMapping(path = "/api/users/{userId}/runs/batch", consumes = "application/json")
    public ResponseEntity<List<RunResponse>> importRuns(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long userId,
            @ArraySchema(
                            schema = @Schema(implementation = RunRequest.class),
                            minItems = 1,
                            maxItems = RunBatch.MAX_RUNS)
                    @RequestBody
                    List<RunRequest> request) {
        List<Run> runs = importRuns.importRuns(
                new ImportRunsCommand(caller, UserId.of(userId), RunBatch.of(request, RunRequest::toDetails)));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(runs.stream().map(RunResponse::from).toList());
    }

    @Operation(
            operationId = "listUserRuns",
            summary = "List a user's runs, a page at a time, by dates and mood",
            description = "Each run in the unit it was logged in, or every one in the unit `unit` asks for.")
    @ApiResponse(responseCode = "200", description = "A page; next keeps the filter")
    @GetMapping("/api/users/{userId}/runs")
    public ResponseEntity<PageResponse<RunResponse>> listForUser(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long userId,
            @RequestParam(required = false) Long after,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String mood,
            @RequestParam(required = false) String unit) {
        UserId user = UserId.of(userId);
        ListQuery query = ListQuery.of(after, limit, from, to, mood, unit);
        return PageResponse.of(
                listRuns.listForUser(caller, user, query.filter(), query.page()),
                query.page().limit(),
                run -> RunResponse.from(run, query.unit()),
                RunResponse::id);
    }

    @Operation(
            operationId = "listRuns",
            summary = "List your runs (an admin: everybody's), a page at a time, by dates and mood",
            description = "Each run in the unit it was logged in, or every one in the unit `unit` asks for.")
    @ApiResponse(responseCode = "200", description = "A page; next keeps the filter")
    @GetMapping("/api/runs")
    public ResponseEntity<PageResponse<RunResponse>> listAll(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) Long after,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String mood,
            @RequestParam(required = false) String unit) {
        ListQuery query = ListQuery.of(after, limit, from, to, mood, unit);
        return PageResponse.of(
                listRuns.listAll(caller, query.filter(), query.page()),
                query.page().limit(),
                run -> RunResponse.from(run, query.unit()),
                RunResponse::id);
    }

    @Operation(operationId = "getRunStats", summary = "Sum up a user's running")
    @ApiResponse(responseCode = "200", description = "The stats, computed by one query")
    @GetMapping("/api/users/{userId}/stats")
    public RunStatsResponse stats(@AuthenticationPrincipal Caller caller, @PathVariable long userId) {
        return RunStatsResponse.from(getRunStats.statsOf(caller, UserId.of(userId)));
    }

    @Operation(
            operationId = "getRun",
            summary = "Show a run with its user",
            description = "Distance and pace in the unit the run was logged in, or in the one `unit` asks for.")
    @ApiResponse(
            responseCode = "200",
            description = "The run with its user; the ETag covers both",
            content = @Content(schema = @Schema(implementation = RunWithUserResponse.class)))
    @GetMapping("/api/runs/{id}")
    public ResponseEntity<byte[]> get(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestParam(required = false) String unit) {
        Optional<DistanceUnit> asked = UnitParameter.of(unit);
        RunWithUser run = getRun.get(caller, RunId.of(id));
        RunWithUserResponse answer = RunWithUserResponse.from(run, asked);
        return TaggedJson.ok(json, run.run().version(), answer);
    }

    /** Replaces the run's details; with {@code If-Match}, only if it is still at that version. */
    @Operation(operationId = "updateRun", summary = "Correct a run")
    @ApiResponse(responseCode = "200", description = "Corrected; the ETag is the new version")
    @PutMapping(path = "/api/runs/{id}", consumes = "application/json")
    public ResponseEntity<RunResponse> update(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestBody RunRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Run run = updateRun.update(
                new UpdateRunCommand(caller, RunId.of(id), request.toDetails(), EntityTags.expectedBy(ifMatch)));
        return ResponseEntity.ok().eTag(EntityTags.of(run.version())).body(RunResponse.from(run));
    }

    /** Deletes the run; with {@code If-Match}, only if it is still at that version. */
    @Operation(operationId = "deleteRun", summary = "Delete a run")
    @ApiResponse(responseCode = "204", description = "Deleted")
    // Answers nothing or a problem: a client that accepts only problems must not be refused with 406.
    @DeleteMapping(
            path = "/api/runs/{id}",
            produces = {"application/json", "application/problem+json"})
    public ResponseEntity<Void> delete(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        deleteRun.delete(new DeleteRunCommand(caller, RunId.of(id), EntityTags.expectedBy(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    /** A list's parameters, checked together so that every bad one is reported at once. */
    private record ListQuery(PageRequest page, RunFilter filter, Optional<DistanceUnit> unit) {

        static ListQuery of(Long after, Integer limit, String from, String to, String mood, String unit) {
            FieldChecks checks = new FieldChecks();
            PageRequest page = checks.check(() -> PageRequest.of(after, limit));
            RunFilter filter = checks.check(() -> RunFilter.of(from, to, mood));
            Optional<DistanceUnit> shownIn = checks.check(() -> UnitParameter.of(unit));
            checks.throwIfAnyFailed();
            return new ListQuery(page, filter, shownIn);
        }
    }
}
