package dev.runlog.domain.service;

import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.PersonalRecords;
import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.run.Summaries;
import dev.runlog.domain.model.run.SummaryRange;
import dev.runlog.domain.model.run.SummaryRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.in.GetRecordsUseCase;
import dev.runlog.domain.port.in.GetSummariesUseCase;
import dev.runlog.domain.port.out.PreferencesRepository;
import dev.runlog.domain.port.out.RunRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Summaries and records: what a runner reads about their running as a whole. The rules are the
 * model's ({@link SummaryRange#summarize}, {@link PersonalRecords#of}); the store only adds up
 * or picks out, so neither use case reads every run.
 */
public class SummaryService implements GetSummariesUseCase, GetRecordsUseCase {

    private final RunRepository runs;
    private final PreferencesRepository preferences;
    private final Clock clock;

    public SummaryService(RunRepository runs, PreferencesRepository preferences, Clock clock) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Summaries summariesOf(Caller caller, UserId userId, SummaryRequest request) {
        RunnerPreferences runner = preferencesOf(caller, userId);
        LocalDate today = LocalDate.now(clock.withZone(runner.timeZone()));
        SummaryRange range = request.rangeFor(runner.weekStartsOn(), today);
        return new Summaries(
                request.period(),
                runner.weekStartsOn(),
                runner.timeZone(),
                request.unit().orElse(runner.unit()),
                range.summarize(runs.dayTallies(userId, range.firstDay(), range.lastDay())),
                range.next());
    }

    @Override
    public PersonalRecords recordsOf(Caller caller, UserId userId, Optional<DistanceUnit> unit) {
        RunnerPreferences runner = preferencesOf(caller, userId);
        return PersonalRecords.of(runs.recordCandidates(userId), unit.orElse(runner.unit()));
    }

    /** The runner's preferences, which also tells whether they exist. */
    private RunnerPreferences preferencesOf(Caller caller, UserId userId) {
        Access.requireAccessToUser(caller, userId);
        return preferences.findByUser(userId).orElseThrow(() -> new UserNotFoundException(userId));
    }
}
