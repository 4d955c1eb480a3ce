package dev.runlog.bootstrap;

import dev.runlog.domain.model.shared.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.IllegalTransactionStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A transaction that cannot begin is reported as the store being away; anything else is left as it is. */
class TransactionOutagesTest {

    @Test
    void aTransactionThatCannotBegin_isReportedAsStoreUnavailable() {
        CannotCreateTransactionException noConnection = new CannotCreateTransactionException("Could not open JDBC Connection");

        assertThatThrownBy(() -> TransactionOutages.reported(() -> {
            throw noConnection;
        })).isInstanceOf(StoreUnavailableException.class).hasCause(noConnection);
    }

    @Test
    void otherFailures_andAnswers_passThrough() {
        IllegalTransactionStateException misuse = new IllegalTransactionStateException("no transaction");

        assertThatThrownBy(() -> TransactionOutages.reported(() -> {
            throw misuse;
        })).isSameAs(misuse);
        assertThat(TransactionOutages.reported(() -> "done")).isEqualTo("done");
    }
}
