package dev.runlog.bootstrap;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Supplier;

/**
 * One use case's calls, each an {@link Observation} named {@value #NAME} with the use case as
 * {@value #USE_CASE_KEY} ({@code LogRun} for {@code LogRunUseCase}): Spring Boot makes a timer of
 * it (so a count, and the time, per use case and outcome) and a span, the child of the request's.
 */
final class ObservedUseCase implements InvocationHandler {

    static final String NAME = "runlog.use-case";
    static final String USE_CASE_KEY = "use-case";

    private final Object useCase;
    private final Supplier<ObservationRegistry> registry;

    ObservedUseCase(Object useCase, Supplier<ObservationRegistry> registry) {
        this.useCase = useCase;
        this.registry = registry;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return call(method, arguments); // toString, equals, hashCode: not a use case
        }
        String name = NAMES.get(method.getDeclaringClass());
        return Observation.createNotStarted(NAME, registry.get())
                .lowCardinalityKeyValue(USE_CASE_KEY, name)
                .contextualName(name)
                .observeChecked(() -> call(method, arguments));
    }

    /** The use case's own exception, not reflection's wrapper: the web adapter turns it into a problem. */
    private Object call(Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(useCase, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Each use case's name, worked out once per interface rather than by a regular expression per call. */
    private static final ClassValue<String> NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> useCaseInterface) {
            return useCaseInterface.getSimpleName().replaceFirst("UseCase$", "");
        }
    };
}
