package dev.runlog.persistence.mapper;

import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * MyBatis's object factory, remembering the constructor it found for each row class and argument
 * list. The default one looks the constructor up again for every row it makes, and Java copies a
 * constructor for each look-up: 8% of mapping a user's 100 runs (docs/benchmarks.md, section 1).
 * Only public constructors are remembered (the row classes', {@code RowClassesTest}); anything
 * else, and every failure, is left to the default, which says what went wrong.
 */
public final class RowObjectFactory extends DefaultObjectFactory {

    private static final long serialVersionUID = 1L;

    /** A class to make and the types of the arguments its constructor takes, in order. */
    private record Signature(Class<?> type, List<Class<?>> argumentTypes) {}

    private final transient Map<Signature, Constructor<?>> constructors = new ConcurrentHashMap<>();

    @Override
    public <T> T create(Class<T> type, List<Class<?>> argumentTypes, List<Object> arguments) {
        Signature signature = new Signature(type, argumentTypes == null ? List.of() : argumentTypes);
        Constructor<?> constructor = constructors.get(signature);
        if (constructor == null) {
            constructor = publicConstructor(signature);
            if (constructor == null) {
                return super.create(type, argumentTypes, arguments);
            }
            constructors.put(new Signature(type, List.copyOf(signature.argumentTypes())), constructor);
        }
        try {
            return type.cast(constructor.newInstance(arguments == null ? new Object[0] : arguments.toArray()));
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return super.create(type, argumentTypes, arguments);
        }
    }

    /** The public constructor of the class MyBatis would make (ArrayList for List), or null. */
    private Constructor<?> publicConstructor(Signature signature) {
        try {
            Constructor<?> constructor = resolveInterface(signature.type())
                    .getDeclaredConstructor(signature.argumentTypes().toArray(Class<?>[]::new));
            return Modifier.isPublic(constructor.getModifiers())
                            && Modifier.isPublic(constructor.getDeclaringClass().getModifiers())
                    ? constructor
                    : null;
        } catch (NoSuchMethodException | SecurityException e) {
            return null;
        }
    }
}
