package dev.runlog.persistence;

import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.shared.StoreUnavailableException;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.persistence.mapper.UserMapper;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database that cannot be reached is reported in the domain's words; other failures are not disguised as one. */
class StoreOutagesTest {

    @Test
    void aRefusedConnection_isReportedAsStoreUnavailable() {
        SQLException refused = new SQLNonTransientConnectionException("Could not connect to localhost:3306");
        MyBatisUserRepository users = new MyBatisUserRepository(mapperFailingWith(new PersistenceException(refused)));

        assertThatThrownBy(() -> users.exists(new UserId(1)))
                .isInstanceOf(StoreUnavailableException.class)
                .hasRootCause(refused);
    }

    @Test
    void aPoolWithNoConnectionFreeInTime_isReportedAsStoreUnavailable() {
        SQLException timedOut = new SQLTransientConnectionException("Connection is not available, request timed out");
        // wrapped twice, as under Spring: its translation around MyBatis's exception around the pool's
        RuntimeException wrapped = new RuntimeException("translated", new PersistenceException(timedOut));
        MyBatisUserRepository users = new MyBatisUserRepository(mapperFailingWith(wrapped));

        assertThatThrownBy(() -> users.findPage(PageRequest.first()))
                .isInstanceOf(StoreUnavailableException.class)
                .hasRootCause(timedOut);
    }

    @Test
    void anyOtherFailure_passesUnchanged() {
        PersistenceException syntaxError = new PersistenceException(new SQLException("You have an error in your SQL"));
        MyBatisUserRepository users = new MyBatisUserRepository(mapperFailingWith(syntaxError));

        assertThatThrownBy(() -> users.exists(new UserId(1))).isSameAs(syntaxError);
    }

    /** A mapper whose every statement fails as the database would have made it fail. */
    private static UserMapper mapperFailingWith(RuntimeException failure) {
        return (UserMapper) Proxy.newProxyInstance(
                UserMapper.class.getClassLoader(), new Class<?>[] {UserMapper.class}, (proxy, method, arguments) -> {
                    throw failure;
                });
    }
}
