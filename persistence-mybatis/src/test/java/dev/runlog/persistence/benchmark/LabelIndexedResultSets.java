package dev.runlog.persistence.benchmark;

import org.apache.ibatis.executor.resultset.ResultSetHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A MyBatis plugin that hands the result set handler result sets whose {@code getX(String label)}
 * read {@code getX(int index)}, by a map from label to index made once per result set from its
 * metadata. MyBatis reads every column by label, for every row; this measures what finding the
 * column costs. (MariaDB Connector/J 3.5 already keeps such a map per result set; a call by label
 * costs it a {@code toLowerCase} and a hash lookup.)
 */
@Intercepts(@Signature(type = ResultSetHandler.class, method = "handleResultSets", args = Statement.class))
final class LabelIndexedResultSets implements Interceptor {

    /** Each getter of ResultSet that takes a label first, with its twin that takes an index. */
    private static final Map<Method, Method> BY_INDEX = byIndex();

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Statement statement = (Statement) invocation.getArgs()[0];
        return ((ResultSetHandler) invocation.getTarget()).handleResultSets(wrapped(statement));
    }

    private static Statement wrapped(Statement statement) {
        Class<?> type = statement instanceof CallableStatement
                ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return (Statement) Proxy.newProxyInstance(
                LabelIndexedResultSets.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                    Object answer = invoke(method, statement, args);
                    return answer instanceof ResultSet rows ? indexed(rows) : answer;
                });
    }

    private static ResultSet indexed(ResultSet rows) throws SQLException {
        return (ResultSet) Proxy.newProxyInstance(
                LabelIndexedResultSets.class.getClassLoader(),
                new Class<?>[] {ResultSet.class},
                new LabelIndexes(rows));
    }

    private static final class LabelIndexes implements InvocationHandler {

        private final ResultSet rows;
        private final Map<String, Integer> indexes = new HashMap<>();

        LabelIndexes(ResultSet rows) throws SQLException {
            this.rows = rows;
            ResultSetMetaData columns = rows.getMetaData();
            for (int i = columns.getColumnCount(); i >= 1; i--) {
                indexes.put(columns.getColumnLabel(i), i); // backwards: a repeated label means its first column
            }
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Method twin = BY_INDEX.get(method);
            if (twin == null) {
                return LabelIndexedResultSets.invoke(method, rows, args);
            }
            Integer index = indexes.get((String) args[0]);
            if (index == null) { // another spelling of a label: the driver knows its rules
                return LabelIndexedResultSets.invoke(method, rows, args);
            }
            Object[] byIndex = args.clone();
            byIndex[0] = index;
            return LabelIndexedResultSets.invoke(twin, rows, byIndex);
        }
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Map<Method, Method> byIndex() {
        Map<Method, Method> twins = new HashMap<>();
        for (Method method : ResultSet.class.getMethods()) {
            Class<?>[] parameters = method.getParameterTypes();
            if (method.getName().startsWith("get") && parameters.length > 0 && parameters[0] == String.class) {
                Class<?>[] withIndex = parameters.clone();
                withIndex[0] = int.class;
                try {
                    twins.put(method, ResultSet.class.getMethod(method.getName(), withIndex));
                } catch (NoSuchMethodException none) {
                    // no twin by index: read by label, as MyBatis asked
                }
            }
        }
        return Map.copyOf(twins);
    }
}
