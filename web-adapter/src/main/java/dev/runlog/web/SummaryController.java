package dev.runlog.web;

import dev.runlog.domain.model.run.Summaries;
import dev.runlog.domain.model.run.SummaryRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.in.GetRecordsUseCase;
import dev.runlog.domain.port.in.GetSummariesUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A runner's running as a whole: summaries by week, month or year, and personal records.
 * Translates HTTP to use cases and back; the periods, sums and records are the domain's.
 */
@RestController
@Tag(name = "Runs")
@RequestMapping(path = "/api/users/{userId}", produces = "application/json")
public class SummaryController {

    private final GetSummariesUseCase getSummaries;
    private final GetRecordsUseCase getRecords;

    public SummaryController(GetSummariesUseCase getSummaries, GetRecordsUseCase getRecords) {
        this.getSummaries = getSummaries;
        this.getRecords = getRecords;
    }

    @Operation(
            operationId = "getSummaries",
            summary = "Sum up a runner's running by week, month or year",
            description = "Every whole period that holds a day from `from` to `to`, oldest first, with zeros for "
                    + "periods without runs; without dates, the 12 periods up to today in the runner's time zone. A "
                    + "run counts on the day it was run, where it was run. Distances and paces in the runner's unit "
                    + "unless `unit` asks for another. At most `limit` periods; `next` continues.")
    @ApiResponse(responseCode = "200", description = "The summaries; next names the following periods, if any")
    @GetMapping("/summaries")
    public ResponseEntity<SummariesResponse> summaries(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long userId,
            @Parameter(description = "week (the default), month or year") @RequestParam(required = false) String period,
            @Parameter(description = "An ISO-8601 day in the first period") @RequestParam(required = false) String from,
            @Parameter(description = "An ISO-8601 day in the last period; today when left out")
                    @RequestParam(required = false)
                    String to,
            @Parameter(description = "mi or km; the runner's unit when left out") @RequestParam(required = false)
                    String unit,
            @Parameter(description = "How many periods at most, 1 to 1000; 100 when left out")
                    @RequestParam(required = false)
                    Integer limit) {
        Summaries summaries =
                getSummaries.summariesOf(caller, UserId.of(userId), SummaryRequest.of(period, from, to, unit, limit));
        if (summaries.next().isEmpty()) {
            return ResponseEntity.ok(SummariesResponse.from(summaries, null));
        }
        String next = NextLink.address(
                query -> query.replaceQueryParam("from", summaries.next().get()));
        return ResponseEntity.ok().headers(NextLink.header(next)).body(SummariesResponse.from(summaries, next));
    }

    @Operation(
            operationId = "getRecords",
            summary = "Show a runner's personal records",
            description = "The longest run, the longest in time, the best pace over runs of at least a mile, and "
                    + "the best at 5k, 10k, half marathon and marathon: the fastest pace among runs at least that "
                    + "long, with its time over the distance, projected when the run was longer. Each names its run; "
                    + "of equal runs, the first logged.")
    @ApiResponse(responseCode = "200", description = "The records some run holds")
    @GetMapping("/records")
    public RecordsResponse records(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long userId,
            @Parameter(description = "mi or km; the runner's unit when left out") @RequestParam(required = false)
                    String unit) {
        return RecordsResponse.from(getRecords.recordsOf(caller, UserId.of(userId), UnitParameter.of(unit)));
    }
}
