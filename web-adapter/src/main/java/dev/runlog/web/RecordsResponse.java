package dev.runlog.web;

import dev.runlog.domain.model.run.DistanceRecord;
import dev.runlog.domain.model.run.PersonalRecords;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A runner's personal records as JSON: {@code {"unit", "records": [...]}}, the longest run, the
 * longest in time, the best pace and each standard distance, in that order; a record no run holds
 * is left out, so a runner without runs has an empty list.
 */
public record RecordsResponse(
        @Schema(
                description = "The unit of every distance and pace: the runner's, unless the unit parameter asked for "
                        + "another",
                allowableValues = {"mi", "km"},
                example = "km")
        String unit,

        @Schema(description = "The records some run holds, in a fixed order")
        List<RecordResponse> records) {

    static RecordsResponse from(PersonalRecords records) {
        List<RecordResponse> held = new ArrayList<>();
        records.longestRun()
                .ifPresent(run -> held.add(RecordResponse.of(RecordResponse.LONGEST_RUN, run, records.unit())));
        records.longestDuration()
                .ifPresent(run -> held.add(RecordResponse.of(RecordResponse.LONGEST_DURATION, run, records.unit())));
        records.bestPace().ifPresent(run -> held.add(RecordResponse.of(RecordResponse.BEST_PACE, run, records.unit())));
        for (DistanceRecord record : records.distances()) {
            held.add(RecordResponse.from(record, records.unit()));
        }
        return new RecordsResponse(records.unit().symbol(), held);
    }
}
