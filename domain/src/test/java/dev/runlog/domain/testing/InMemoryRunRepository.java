package dev.runlog.domain.testing;

import dev.runlog.domain.model.Page;
import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.Run;
import dev.runlog.domain.model.RunDetails;
import dev.runlog.domain.model.RunId;
import dev.runlog.domain.model.RunWithUser;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;
import dev.runlog.domain.port.out.RunRepository;

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
            Run run = Run.withId(new RunId(store.nextRunId()), userId, details);
            store.runs.put(run.id().value(), run);
            return run;
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
    public Page<Run> findPage(PageRequest page) {
        return pageOf(run -> true, page);
    }

    @Override
    public Page<Run> findPageByUser(UserId userId, PageRequest page) {
        return pageOf(run -> run.userId().equals(userId), page);
    }

    @Override
    public boolean update(Run run) {
        synchronized (store) {
            Run stored = store.runs.get(run.id().value());
            if (stored == null) {
                return false;
            }
            // Only distance and mood change; the run keeps its user, as the SQL update does.
            store.runs.put(run.id().value(), Run.withId(run.id(), stored.userId(),
                    new RunDetails(run.distance(), run.mood())));
            return true;
        }
    }

    @Override
    public boolean remove(RunId id) {
        synchronized (store) {
            return store.runs.remove(id.value()) != null;
        }
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
