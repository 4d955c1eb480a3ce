package dev.runlog.persistence;

import dev.runlog.persistence.mapper.RowObjectFactory;
import dev.runlog.persistence.mapper.RunRow;
import org.apache.ibatis.reflection.ReflectionException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowObjectFactoryTest {

    private static final List<Class<?>> RUN_COLUMNS = List.of(
            Long.class,
            Long.class,
            double.class,
            String.class,
            LocalDate.class,
            Long.class,
            long.class,
            String.class,
            LocalDateTime.class,
            Integer.class,
            String.class);

    private final RowObjectFactory factory = new RowObjectFactory();

    @Test
    void theAdaptersConfiguration_makesRowsWithIt() {
        assertThat(MyBatisTestSupport.sessions().getConfiguration().getObjectFactory())
                .isInstanceOf(RowObjectFactory.class);
    }

    @Test
    void aRow_isMadeByTheConstructorOfItsArguments_theSameEachTime() {
        for (long id = 1; id <= 3; id++) {
            List<Object> columns =
                    Arrays.asList(id, 7L, 5.2, "Happy", LocalDate.of(2026, 12, 3), 1800L, 2L, "km", null, null, null);

            RunRow row = factory.create(RunRow.class, new ArrayList<>(RUN_COLUMNS), columns);

            assertThat(row)
                    .extracting("id", "userId", "distance", "distanceUnit")
                    .containsExactly(id, 7L, 5.2, "km");
        }
    }

    @Test
    void aList_isAnArrayList_asMyBatisMakesIt() {
        assertThat(factory.create(List.class)).isInstanceOf(ArrayList.class).isEmpty();
    }

    @Test
    void aClassWithoutAPublicConstructor_andAnyFailure_areTheDefaultFactorys() {
        assertThat(factory.create(Hidden.class)).isInstanceOf(Hidden.class);
        assertThatThrownBy(() -> factory.create(RunRow.class, List.of(String.class), List.of("no such constructor")))
                .isInstanceOf(ReflectionException.class)
                .hasMessageContaining("RunRow");
    }

    private static final class Hidden {

        private Hidden() {}
    }
}
