package dev.runlog.domain.testing;

import dev.runlog.domain.model.run.DayTally;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunTally;
import dev.runlog.domain.model.run.RunWithUser;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.out.RunRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The {@link RunRepository} port in memory: for tests of code that uses the domain, without a
 * database. It stores and finds; every rule it keeps is the domain's (the filter, the expected
 * version), and it sums nothing itself. Passes the same contract as the MariaDB adapter
 * ({@link RunRepositoryContractTest}).
 */
public class InMemoryRunRepository implements RunRepository {

    private final InMemoryStore store;

    public InMemoryRunRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Run add(UserId userId, RunDetails details) {
        synchronized (store) {
            if (!store.users.containsKey(userId.value())) {
                throw new UserNotFoundException(userId); // as the foreign key does
            }
            Run run = new Run(new RunId(store.nextRunId()), userId, details, Version.initial());
            store.runs.put(run.id().value(), run);
            return run;
        }
    }

    @Override
    public List<Run> addAll(UserId userId, List<RunDetails> details) {
        synchronized (store) {
            return details.stream().map(run -> add(userId, run)).toList(); // the first add finds a missing user
        }
    }

    @Override
    public Optional<RunWithUser> findWithUserById(RunId id) {
        synchronized (store) {
            return Optional.ofNullable(store.runs.get(id.value()))
                    .map(run ->
                            new RunWithUser(run, store.users.get(run.userId().value())));
        }
    }

    @Override
    public Optional<UserId> ownerOf(RunId id) {
        synchronized (store) {
            return Optional.ofNullable(store.runs.get(id.value())).map(Run::userId);
        }
    }

    @Override
    public Page<Run> findPage(RunFilter filter, PageRequest page) {
        return pageOf(filter::matches, page);
    }

    @Override
    public Page<Run> findPageByUser(UserId userId, RunFilter filter, PageRequest page) {
        return pageOf(run -> run.userId().equals(userId) && filter.matches(run), page);
    }

    @Override
    public Optional<Run> update(RunId id, RunDetails details, ExpectedVersion expected) {
        synchronized (store) {
            Run stored = store.runs.get(id.value());
            if (stored == null) {
                return Optional.empty();
            }
            expected.requireMatches(stored.version());
            Run updated = new Run(id, stored.userId(), details, stored.version().next());
            store.runs.put(id.value(), updated);
            return Optional.of(updated);
        }
    }

    @Override
    public boolean remove(RunId id, ExpectedVersion expected) {
        synchronized (store) {
            Run stored = store.runs.get(id.value());
            if (stored == null) {
                return false;
            }
            expected.requireMatches(stored.version());
            store.runs.remove(id.value());
            return true;
        }
    }

    @Override
    public Optional<List<RunTally>> talliesOfUser(UserId userId) {
        synchronized (store) {
            if (!store.users.containsKey(userId.value())) {
                return Optional.empty();
            }
            // One tally per run: the domain sums them (RunStats.fromTallies); nothing is computed here.
            return Optional.of(runsOf(userId).map(RunTally::of).toList());
        }
    }

    @Override
    public List<DayTally> dayTallies(UserId userId, LocalDate first, LocalDate last) {
        synchronized (store) {
            // One tally per dated run: the domain sums them into periods (SummaryRange.summarize).
            return runsOf(userId)
                    .filter(run -> run.date()
                            .filter(date -> !date.isBefore(first) && !date.isAfter(last))
                            .isPresent())
                    .flatMap(run -> DayTally.of(run).stream())
                    .toList();
        }
    }

    @Override
    public List<Run> recordCandidates(UserId userId) {
        synchronized (store) {
            return runsOf(userId).toList(); // all of them: the domain picks the records (PersonalRecords.of)
        }
    }

    private Stream<Run> runsOf(UserId userId) {
        return store.runs.values().stream().filter(run -> run.userId().equals(userId));
    }

    private Page<Run> pageOf(Predicate<Run> filter, PageRequest page) {
        synchronized (store) {
            var fetched = store.runs.tailMap(page.after(), false).values().stream()
                    .filter(filter)
                    .limit(page.fetchSize())
                    .toList();
            return Page.fromFetched(fetched, page);
        }
    }
}
