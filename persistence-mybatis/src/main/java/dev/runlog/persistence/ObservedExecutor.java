package dev.runlog.persistence;

import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.transaction.Transaction;

import java.sql.SQLException;
import java.util.List;

/**
 * A session's executor with each statement a session runs observed ({@link StatementObservations}):
 * the query a mapper method makes, and every insert, update and delete. All else goes straight to
 * the executor it wraps.
 */
final class ObservedExecutor implements Executor {

    private final Executor executor;
    private final StatementObservations observations;

    ObservedExecutor(Executor executor, StatementObservations observations) {
        this.executor = executor;
        this.observations = observations;
    }

    @Override
    public int update(MappedStatement statement, Object parameter) throws SQLException {
        return observations.observe(statement, () -> executor.update(statement, parameter));
    }

    /** What a session's select calls: the one query of each mapper method. */
    @Override
    public <E> List<E> query(MappedStatement statement, Object parameter, RowBounds rowBounds, ResultHandler handler)
            throws SQLException {
        return observations.observe(statement, () -> executor.query(statement, parameter, rowBounds, handler));
    }

    @Override
    public <E> List<E> query(
            MappedStatement statement,
            Object parameter,
            RowBounds rowBounds,
            ResultHandler handler,
            CacheKey cacheKey,
            BoundSql boundSql)
            throws SQLException {
        return executor.query(statement, parameter, rowBounds, handler, cacheKey, boundSql);
    }

    @Override
    public <E> Cursor<E> queryCursor(MappedStatement statement, Object parameter, RowBounds rowBounds)
            throws SQLException {
        return executor.queryCursor(statement, parameter, rowBounds);
    }

    @Override
    public List<BatchResult> flushStatements() throws SQLException {
        return executor.flushStatements();
    }

    @Override
    public void commit(boolean required) throws SQLException {
        executor.commit(required);
    }

    @Override
    public void rollback(boolean required) throws SQLException {
        executor.rollback(required);
    }

    @Override
    public CacheKey createCacheKey(
            MappedStatement statement, Object parameter, RowBounds rowBounds, BoundSql boundSql) {
        return executor.createCacheKey(statement, parameter, rowBounds, boundSql);
    }

    @Override
    public boolean isCached(MappedStatement statement, CacheKey key) {
        return executor.isCached(statement, key);
    }

    @Override
    public void clearLocalCache() {
        executor.clearLocalCache();
    }

    @Override
    public void deferLoad(
            MappedStatement statement, MetaObject resultObject, String property, CacheKey key, Class<?> targetType) {
        executor.deferLoad(statement, resultObject, property, key, targetType);
    }

    @Override
    public Transaction getTransaction() {
        return executor.getTransaction();
    }

    @Override
    public void close(boolean forceRollback) {
        executor.close(forceRollback);
    }

    @Override
    public boolean isClosed() {
        return executor.isClosed();
    }

    @Override
    public void setExecutorWrapper(Executor wrapper) {
        executor.setExecutorWrapper(wrapper);
    }
}
