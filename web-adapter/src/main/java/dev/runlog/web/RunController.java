package dev.runlog.web;

import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.port.in.DeleteRunUseCase;
import dev.runlog.domain.port.in.GetRunUseCase;
import dev.runlog.domain.port.in.ListRunsUseCase;
import dev.runlog.domain.port.in.LogRunUseCase;
import dev.runlog.domain.port.in.UpdateRunUseCase;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The runs resources: {@code /api/runs} and a user's runs under {@code /api/users/{id}/runs}.
 * Translates HTTP to use cases and back; no rules here.
 */
@RestController
@RequestMapping(produces = "application/json")
public class RunController {

    private final LogRunUseCase logRun;
    private final ListRunsUseCase listRuns;
    private final GetRunUseCase getRun;
    private final UpdateRunUseCase updateRun;
    private final DeleteRunUseCase deleteRun;

    public RunController(LogRunUseCase logRun, ListRunsUseCase listRuns, GetRunUseCase getRun,
                         UpdateRunUseCase updateRun, DeleteRunUseCase deleteRun) {
        this.logRun = logRun;
        this.listRuns = listRuns;
        this.getRun = getRun;
        this.updateRun = updateRun;
        this.deleteRun = deleteRun;
    }

    @PostMapping(path = "/api/users/{userId}/runs", consumes = "application/json")
    public ResponseEntity<RunResponse> log(@PathVariable long userId, @RequestBody RunRequest request) {
        Run run = logRun.log(new UserId(userId), request.toDetails());
        return ResponseEntity.created(URI.create("/api/runs/" + run.id().value())).body(RunResponse.from(run));
    }

    @GetMapping("/api/users/{userId}/runs")
    public ResponseEntity<PageResponse<RunResponse>> listForUser(@PathVariable long userId,
                                                                 @RequestParam(required = false) Long after,
                                                                 @RequestParam(required = false) Integer limit) {
        UserId user = new UserId(userId);
        PageRequest page = PageRequest.of(after, limit);
        return PageResponse.of(listRuns.listForUser(user, page), page.limit(), RunResponse::from, RunResponse::id);
    }

    @GetMapping("/api/runs")
    public ResponseEntity<PageResponse<RunResponse>> listAll(@RequestParam(required = false) Long after,
                                                             @RequestParam(required = false) Integer limit) {
        PageRequest page = PageRequest.of(after, limit);
        return PageResponse.of(listRuns.listAll(page), page.limit(), RunResponse::from, RunResponse::id);
    }

    @GetMapping("/api/runs/{id}")
    public RunWithUserResponse get(@PathVariable long id) {
        return RunWithUserResponse.from(getRun.get(new RunId(id)));
    }

    @PutMapping(path = "/api/runs/{id}", consumes = "application/json")
    public RunResponse update(@PathVariable long id, @RequestBody RunRequest request) {
        return RunResponse.from(updateRun.update(new RunId(id), request.toDetails()));
    }

    @DeleteMapping("/api/runs/{id}")
    public ResponseEntity<Void> delete(@PathVariable long id) {
        deleteRun.delete(new RunId(id));
        return ResponseEntity.noContent().build();
    }
}
