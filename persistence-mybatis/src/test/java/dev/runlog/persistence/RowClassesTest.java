package dev.runlog.persistence;

import dev.runlog.persistence.mapper.CredentialsRow;
import dev.runlog.persistence.mapper.DayTallyRow;
import dev.runlog.persistence.mapper.PreferencesRow;
import dev.runlog.persistence.mapper.RunRow;
import dev.runlog.persistence.mapper.StoredTokenRow;
import dev.runlog.persistence.mapper.TallyRow;
import dev.runlog.persistence.mapper.UserRow;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The classes MyBatis fills row by row have public no-argument constructors: with a private
 * one, MyBatis's object factory throws and catches an exception for every row it reads, which
 * the persistence benchmark measured at 7% of reading a user with 1,000 runs.
 */
class RowClassesTest {

    private static final List<Class<?>> ROW_CLASSES = List.of(
            UserRow.class,
            RunRow.class,
            TallyRow.class,
            DayTallyRow.class,
            CredentialsRow.class,
            StoredTokenRow.class,
            PreferencesRow.class);

    @Test
    void everyRowClass_hasAPublicNoArgumentConstructor() {
        for (Class<?> row : ROW_CLASSES) {
            assertThatCode(() -> row.getConstructor()).as(row.getSimpleName()).doesNotThrowAnyException();
            assertThat(Modifier.isPublic(row.getModifiers()))
                    .as(row.getSimpleName())
                    .isTrue();
        }
    }
}
