package dev.runlog.domain.testing;

import dev.runlog.domain.model.Mood;
import dev.runlog.domain.model.MoodCount;
import dev.runlog.domain.model.Page;
import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.Pace;
import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunDetails;
import dev.runlog.domain.model.RunFilter;
import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunStats;
import dev.runlog.domain.model.RunWithUser;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;
import dev.runlog.domain.model.Version;
import dev.runlog.domain.port.out.RunRepository;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@link RunRepository} port in memory: for tests of code that uses the domain, without a
 * database. Passes the same contract as the MariaDB adapter ({@link RunRepositoryContractTest}).
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
    public Optional<Run> findById(RunId id) {
        synchronized (store) {
            return Optional.ofNullable(store.runs.get(id.value()));
        }
    }

    @Override
    public Optional<RunWithUser> findWithUserById(RunId id) {
        synchronized (store) {
            return findById(id).map(run -> new RunWithUser(run, store.users.get(run.userId().value())));
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
    public Optional<Run> update(RunId id, RunDetails details, Optional<Version> expected) {
        synchronized (store) {
            Run stored = store.runs.get(id.value());
            if (stored == null) {
                return Optional.empty();
            }
            InMemoryStore.requireVersion(stored.version(), expected);
            Run updated = new Run(id, stored.userId(), details, new Version(stored.version().value() + 1));
            store.runs.put(id.value(), updated);
            return Optional.of(updated);
        }
    }

    @Override
    public boolean remove(RunId id, Optional<Version> expected) {
        synchronized (store) {
            Run stored = store.runs.get(id.value());
            if (stored == null) {
                return false;
            }
            InMemoryStore.requireVersion(stored.version(), expected);
            store.runs.remove(id.value());
            return true;
        }
    }

    @Override
    public Optional<RunStats> statsOfUser(UserId userId) {
        synchronized (store) {
            if (!store.users.containsKey(userId.value())) {
                return Optional.empty();
            }
            List<Run> runs = store.runs.values().stream().filter(run -> run.userId().equals(userId)).toList();
            var miles = runs.stream().mapToDouble(run -> run.distance().miles()).summaryStatistics();
            Optional<Pace> bestPace = runs.stream()
                    .filter(run -> run.duration().isPresent())
                    .map(run -> run.duration().get().value().getSeconds() / run.distance().miles())
                    .min(Double::compare)
                    .map(Pace::ofSecondsPerMile);
            return Optional.of(new RunStats(runs.size(), miles.getSum(),
                    runs.isEmpty() ? Optional.empty() : Optional.of(miles.getAverage()),
                    runs.isEmpty() ? Optional.empty() : Optional.of(miles.getMax()),
                    bestPace, moodCounts(runs)));
        }
    }

    /** Runs per mood, moods compared ignoring case as MariaDB's collation does; most frequent first. */
    private static List<MoodCount> moodCounts(List<Run> runs) {
        Map<String, MoodCount> counts = new LinkedHashMap<>();
        for (Run run : runs) {
            String key = run.mood().map(mood -> mood.value().toLowerCase(Locale.ROOT)).orElse(null);
            MoodCount sofar = counts.getOrDefault(key, new MoodCount(run.mood(), 0));
            counts.put(key, new MoodCount(sofar.mood(), sofar.runs() + 1));
        }
        return counts.values().stream()
                .sorted(Comparator.comparingLong(MoodCount::runs).reversed()
                        .thenComparing(count -> count.mood().map(Mood::value).orElse(null),
                                Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                .toList();
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
