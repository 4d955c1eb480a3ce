package dev.runlog.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.runlog.domain.model.shared.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The one DataSource the app sees when replicas are configured: the primary's pool, and a pool
 * per replica. A connection comes from the primary unless it is asked for inside
 * {@link #readingFromReplica}, outside any transaction: then from a replica, in turn, that is up
 * and has applied the position the request must see ({@link CausalReads}); from the primary if
 * no replica is both.
 *
 * <p>A use case reads from one server: the first connection it takes chooses, and its later
 * statements go to the same one, so that none sees an older moment of the log than the first,
 * and a replica's wait for a position is made once. If the replica fails under a read, the read
 * is made again on the primary. A reading use case must not begin a transaction (none does):
 * a transaction's connection is taken before Spring marks it active.
 */
final class ReplicaRoutingDataSource extends AbstractDataSource implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaRoutingDataSource.class);

    private final HikariDataSource primary;
    private final List<Replica> replicas;
    private final CausalReads causalReads;
    private final Duration readAfterWait;
    private final AtomicInteger turn = new AtomicInteger();
    /** Set while a reading use case runs: which server it reads from, once chosen. */
    private final ThreadLocal<Read> currentRead = new ThreadLocal<>();

    ReplicaRoutingDataSource(
            HikariDataSource primary,
            List<HikariDataSource> replicas,
            CausalReads causalReads,
            ReplicaProperties properties,
            Clock clock) {
        this.primary = primary;
        this.replicas = replicas.stream()
                .map(pool -> new Replica(pool, properties.retryAfter(), clock))
                .toList();
        this.causalReads = causalReads;
        this.readAfterWait = properties.readAfterWait();
    }

    /** Runs a use case that only reads; its connections may come from a replica. */
    <T> T readingFromReplica(Supplier<T> useCase) {
        if (currentRead.get() != null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return useCase.get(); // inside another read, or a transaction: stay where it is
        }
        Read read = new Read();
        currentRead.set(read);
        try {
            return useCase.get();
        } catch (StoreUnavailableException failed) {
            if (read.replica == null) {
                throw failed; // the primary's outage: the caller's 503
            }
            // The replica went away under the read (a connection it had kept, a statement cut off).
            // A read changes nothing, so it is made again, on the primary.
            read.replica.leaveAlone(failed);
            read.replica = null; // the primary, from here on
            return useCase.get();
        } finally {
            currentRead.remove();
        }
    }

    /** Where the primary's binary log stands now: after a write, a position that includes it. */
    Optional<WritePosition> primaryPosition() {
        try (Connection connection = primary.getConnection();
                Statement statement = connection.createStatement();
                ResultSet position = statement.executeQuery("select @@global.gtid_binlog_pos")) {
            String gtids = position.next() ? position.getString(1) : null;
            return WritePosition.parse(gtids);
        } catch (SQLException e) {
            // The write has been made and answered for; the client only loses the wait for it.
            log.warn("Could not read the primary's GTID position: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Read read = currentRead.get();
        if (read == null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return primary.getConnection();
        }
        if (!read.chosen) {
            return connectionFromAReplica(read);
        }
        return read.replica == null ? primary.getConnection() : read.replica.pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("Runlog's pools have their own credentials");
    }

    /**
     * A connection of the next replica that is up and caught up, else the primary's; the read
     * keeps to the one chosen. A replica that is behind sends the read to the primary at once:
     * waiting for a second one would add its wait to the first's.
     */
    private Connection connectionFromAReplica(Read read) throws SQLException {
        Optional<WritePosition> position = causalReads.readAfter();
        int first = Math.floorMod(turn.getAndIncrement(), replicas.size());
        for (int i = 0; i < replicas.size(); i++) {
            Replica replica = replicas.get((first + i) % replicas.size());
            Attempt attempt = replica.connectionThatHasApplied(position, readAfterWait);
            if (attempt.connection() != null) {
                read.chose(replica);
                return attempt.connection();
            }
            if (attempt.behind()) {
                break;
            }
        }
        read.chose(null);
        return primary.getConnection();
    }

    @Override
    public void close() {
        replicas.forEach(replica -> replica.pool.close());
        primary.close();
    }

    /** What asking a replica gave: a connection, or none, because it is behind or out of reach. */
    private record Attempt(Connection connection, boolean behind) {

        private static final Attempt BEHIND = new Attempt(null, true);
        private static final Attempt UNAVAILABLE = new Attempt(null, false);
    }

    /** One reading use case: whether it has chosen its server, and which replica (null: the primary). */
    private static final class Read {

        private boolean chosen;
        private Replica replica;

        private void chose(Replica replica) {
            this.chosen = true;
            this.replica = replica;
        }
    }

    /** A replica's pool, and whether it is left alone for now after it could not be reached. */
    private static final class Replica {

        private final HikariDataSource pool;
        private final Duration retryAfter;
        private final Clock clock;
        private volatile Instant leftAloneUntil = Instant.MIN;

        private Replica(HikariDataSource pool, Duration retryAfter, Clock clock) {
            this.pool = pool;
            this.retryAfter = retryAfter;
            this.clock = clock;
        }

        /**
         * A connection to this replica once it has applied {@code position} (waiting for it at
         * most {@code wait}), or none: it is down, left alone, or still behind.
         */
        private Attempt connectionThatHasApplied(Optional<WritePosition> position, Duration wait) {
            if (clock.instant().isBefore(leftAloneUntil)) {
                return Attempt.UNAVAILABLE;
            }
            Connection connection;
            try {
                connection = pool.getConnection();
            } catch (SQLException unreachable) {
                if (!isBusy()) { // a pool whose connections are all in use is busy, not down
                    leaveAlone(unreachable);
                }
                return Attempt.UNAVAILABLE;
            }
            try {
                if (position.isEmpty() || hasApplied(connection, position.get(), wait)) {
                    return new Attempt(connection, false);
                }
                connection.close(); // still behind: the primary has the client's write
                return Attempt.BEHIND;
            } catch (SQLException failed) {
                closeQuietly(connection);
                leaveAlone(failed);
                return Attempt.UNAVAILABLE;
            }
        }

        private boolean isBusy() {
            HikariPoolMXBean state = pool.getHikariPoolMXBean();
            return state != null && state.getActiveConnections() >= pool.getMaximumPoolSize();
        }

        /** Reads go to the primary, and this replica is not asked, for the next {@code retryAfter}. */
        private void leaveAlone(Exception why) {
            leftAloneUntil = clock.instant().plus(retryAfter);
            log.warn(
                    "Replica {} failed; reads go to the primary for {}: {}",
                    pool.getPoolName(),
                    retryAfter,
                    why.getMessage());
        }

        /** MariaDB's own wait: 0 once the replica has applied the position, -1 when the time is up. */
        private static boolean hasApplied(Connection connection, WritePosition position, Duration wait)
                throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement("select master_gtid_wait(?, ?)")) {
                statement.setString(1, position.gtids());
                statement.setDouble(2, wait.toMillis() / 1000.0);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() && result.getInt(1) == 0;
                }
            }
        }

        private static void closeQuietly(Connection connection) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // It is being given up anyway.
            }
        }
    }
}
