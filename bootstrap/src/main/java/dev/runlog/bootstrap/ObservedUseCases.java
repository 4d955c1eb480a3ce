package dev.runlog.bootstrap;

import dev.runlog.domain.port.in.LogRunUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;
import org.springframework.util.function.SingletonSupplier;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Hands out every use case (a bean implementing an interface of the domain's {@code port.in}) with
 * a timer and a span around each call ({@link ObservedUseCase}), and the four use cases that add
 * runs or users counted as well ({@link UseCaseCounters}). The domain knows nothing of it.
 */
final class ObservedUseCases implements BeanPostProcessor {

    private static final String USE_CASE_PACKAGE = LogRunUseCase.class.getPackageName();

    private final Supplier<ObservationRegistry> observations;
    private final UseCaseCounters counters;

    /** The registries are asked for at the first call of a use case, once Spring Boot has made them. */
    ObservedUseCases(Supplier<ObservationRegistry> observations, Supplier<MeterRegistry> meters) {
        this.observations = SingletonSupplier.of(observations);
        this.counters = new UseCaseCounters(SingletonSupplier.of(meters));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?>[] useCases = Arrays.stream(ClassUtils.getAllInterfaces(bean))
                .filter(type -> type.getPackageName().equals(USE_CASE_PACKAGE))
                .toArray(Class<?>[]::new);
        if (useCases.length == 0) {
            return bean;
        }
        return Proxy.newProxyInstance(
                useCases[0].getClassLoader(), useCases, new ObservedUseCase(counters.counting(bean), observations));
    }
}
