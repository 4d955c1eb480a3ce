package dev.runlog.persistence;

import dev.runlog.domain.model.shared.StoreUnavailableException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * The one place where this adapter tells the domain that its database cannot be reached. Each
 * repository sees its mapper through this decorator, so every statement of every port method
 * reports an outage as the domain's {@link StoreUnavailableException}, whoever wrapped the
 * driver's exception on the way (MyBatis alone, or Spring's translation too). Every other
 * failure passes through unchanged, for the repository to read (a duplicate key, say).
 */
public final class StoreOutages {

    private StoreOutages() {}

    /**
     * Whether a failure is this adapter's database being out of reach, wherever it sits in the
     * cause chain: for the code that begins and ends transactions around the adapter's statements,
     * whose commit or rollback can meet the same outage.
     */
    public static boolean isUnreachableDatabase(Throwable failure) {
        return SqlErrors.isUnreachableDatabase(failure);
    }

    /** The mapper, with the database's outages reported in the domain's words. */
    static <M> M reportedBy(Class<M> mapperType, M mapper) {
        Object decorated = Proxy.newProxyInstance(
                mapperType.getClassLoader(), new Class<?>[] {mapperType}, (proxy, method, arguments) -> {
                    try {
                        return method.invoke(mapper, arguments);
                    } catch (InvocationTargetException e) {
                        Throwable failure = e.getCause();
                        throw SqlErrors.isUnreachableDatabase(failure)
                                ? new StoreUnavailableException(failure)
                                : failure;
                    }
                });
        return mapperType.cast(decorated);
    }
}
