package dev.runlog.persistence;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements MyBatis prepares, one per statement sent to the database: how tests
 * prove that a user and all of their runs are read by one statement, not one per run.
 */
@Intercepts(
        @Signature(
                type = StatementHandler.class,
                method = "prepare",
                args = {Connection.class, Integer.class}))
public class StatementCounter implements Interceptor {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        count.incrementAndGet();
        return invocation.proceed();
    }

    public int count() {
        return count.get();
    }

    public void reset() {
        count.set(0);
    }
}
