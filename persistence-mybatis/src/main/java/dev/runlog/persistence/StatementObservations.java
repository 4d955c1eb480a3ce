package dev.runlog.persistence;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Invocation;

import java.sql.SQLException;

/**
 * Observes every mapped statement MyBatis runs, as {@value #NAME}: a timer per statement (metrics)
 * and a span inside the request's trace (traces), named for the mapper method, such as
 * {@code RunMapper.insert}. The span covers what the request waits for: a connection from the
 * pool, the statement on MariaDB and the mapping of its rows, so a slow trace says whether the time
 * went to the database or elsewhere.
 *
 * <p>The statement's name is the only tag: there are some thirty of them, a bounded set. Its SQL
 * and parameters are not recorded, as they hold emails, token digests and runners' data.
 *
 * <p>A MyBatis plugin on the executor, which the application adds to its SqlSessionFactory; used
 * without it, as in plain Java, the adapter observes nothing. Micrometer's Observation is a facade
 * (as SLF4J is for logs): what becomes of an observation is the application's choice.
 *
 * <p>It wraps each session's executor in {@link ObservedExecutor}, a plain decorator, rather than
 * in the proxy MyBatis's {@code Plugin.wrap} makes from {@code @Intercepts}: that one reads the
 * annotations by reflection and builds a proxy for every session, two a request, and then calls
 * every executor method by reflection (docs/benchmarks.md, section 5).
 */
public final class StatementObservations implements Interceptor {

    public static final String NAME = "runlog.statement";
    public static final String STATEMENT_TAG = "statement";

    private final ObservationRegistry registry;

    public StatementObservations(ObservationRegistry registry) {
        this.registry = registry;
    }

    /** Each session's executor, observed; the other targets of plugins (statement handlers, ...) as they are. */
    @Override
    public Object plugin(Object target) {
        return target instanceof Executor executor ? new ObservedExecutor(executor, this) : target;
    }

    /** Not called: {@link #plugin} wraps the executor itself, with no {@code Invocation} to intercept. */
    @Override
    public Object intercept(Invocation invocation) {
        throw new UnsupportedOperationException("StatementObservations wraps executors in ObservedExecutor");
    }

    /** Runs one statement inside its observation. */
    <T> T observe(MappedStatement mapped, Statement<T> statement) throws SQLException {
        String name = nameOf(mapped);
        Observation observation = Observation.createNotStarted(NAME, registry)
                .contextualName(name)
                .lowCardinalityKeyValue(STATEMENT_TAG, name)
                .start();
        try (Observation.Scope scope = observation.openScope()) {
            return statement.run();
        } catch (SQLException | RuntimeException | Error failure) {
            observation.error(new StatementFailed(failure));
            throw failure;
        } finally {
            observation.stop();
        }
    }

    /** A statement on the executor: a query or an update. */
    @FunctionalInterface
    interface Statement<T> {
        T run() throws SQLException;
    }

    /**
     * What the span and the timer learn of a failed statement: MariaDB's SQLState and error code,
     * not its message, which quotes values ({@code Duplicate entry 'alice@example.com'}).
     */
    static final class StatementFailed extends RuntimeException {

        StatementFailed(Throwable failure) {
            super(describe(failure), null, false, false);
        }

        private static String describe(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql) {
                    return "SQLState " + sql.getSQLState() + ", error " + sql.getErrorCode();
                }
            }
            return failure.getClass().getName();
        }
    }

    /** {@code dev.runlog.persistence.mapper.RunMapper.insert} is {@code RunMapper.insert}. */
    static String nameOf(MappedStatement statement) {
        String id = statement.getId();
        int method = id.lastIndexOf('.');
        int mapper = id.lastIndexOf('.', method - 1);
        return id.substring(mapper + 1);
    }
}
