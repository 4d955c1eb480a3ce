package dev.runlog.bootstrap;

import dev.runlog.domain.model.shared.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.SimpleTransactionStatus;

import java.sql.SQLNonTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database that goes away in the middle of a transaction is still the store being unavailable
 * (503), not a fault of the server (500): when the commit fails on the lost connection, and when
 * the rollback does after the work itself met the outage. Other failures pass as they are.
 */
class InTransactionTest {

    private static final SQLNonTransientConnectionException LOST = new SQLNonTransientConnectionException("gone");

    @Test
    void aCommitOnALostConnection_isTheStoreUnavailable() {
        InTransaction inTransaction =
                new InTransaction(failing(new DataAccessResourceFailureException("JDBC commit", LOST), null));

        assertThatThrownBy(() -> inTransaction.run(() -> "written"))
                .isInstanceOf(StoreUnavailableException.class)
                .hasRootCause(LOST);
    }

    @Test
    void aRollbackOnALostConnection_afterTheWorkMetTheOutage_isTheWorksOwnFailure() {
        StoreUnavailableException metByTheWork = new StoreUnavailableException(LOST);
        InTransaction inTransaction =
                new InTransaction(failing(null, new TransactionSystemException("JDBC rollback", LOST)));

        assertThatThrownBy(() -> inTransaction.run(() -> {
                    throw metByTheWork;
                }))
                .isSameAs(metByTheWork);
    }

    @Test
    void otherFailures_passAsTheyAre() {
        IllegalStateException bug = new IllegalStateException("a bug");
        InTransaction inTransaction = new InTransaction(failing(null, null));

        assertThatThrownBy(() -> inTransaction.run(() -> {
                    throw bug;
                }))
                .isSameAs(bug);
        assertThat(inTransaction.run(() -> "done")).isEqualTo("done");
    }

    /** A transaction manager whose commit and rollback throw what they are given (nothing when null). */
    private static PlatformTransactionManager failing(RuntimeException onCommit, RuntimeException onRollback) {
        return new PlatformTransactionManager() {
            @Override
            public TransactionStatus getTransaction(TransactionDefinition definition) {
                return new SimpleTransactionStatus();
            }

            @Override
            public void commit(TransactionStatus status) {
                if (onCommit != null) {
                    throw onCommit;
                }
            }

            @Override
            public void rollback(TransactionStatus status) {
                if (onRollback != null) {
                    throw onRollback;
                }
            }
        };
    }
}
