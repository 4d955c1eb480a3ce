package dev.runlog.persistence;

import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.shared.Version;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A versioned write that changed no row is never taken for a success while the row is there: it
 * is stale, even when the version read back is one the write would have allowed (the row was
 * changed or replaced between the write and the look).
 */
class OptimisticLockingTest {

    private static final Version THREE = new Version(3);
    private static final Function<Version, Version> ITSELF = Function.identity();

    @Test
    void anUpdateThatChangedARow_answersTheRowAsStored() {
        assertThat(OptimisticLocking.afterUpdate(1, Optional.of(THREE), ITSELF, ExpectedVersion.any()))
                .contains(THREE);
    }

    @Test
    void anUpdateThatChangedNoRow_ofARowStillThere_isStale_whateverItsVersion() {
        assertThatThrownBy(() -> OptimisticLocking.afterUpdate(0, Optional.of(THREE), ITSELF, ExpectedVersion.any()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() ->
                        OptimisticLocking.afterUpdate(0, Optional.of(THREE), ITSELF, ExpectedVersion.exactly(THREE)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(OptimisticLocking.afterUpdate(0, Optional.<Version>empty(), ITSELF, ExpectedVersion.any()))
                .as("no row: not found")
                .isEmpty();
    }

    @Test
    void aDeleteThatRemovedNoRow_ofARowStillThere_isStale() {
        assertThatThrownBy(() -> OptimisticLocking.afterDelete(
                        0, () -> Optional.of(THREE), ITSELF, ExpectedVersion.exactly(THREE)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(OptimisticLocking.afterDelete(0, Optional::<Version>empty, ITSELF, ExpectedVersion.any()))
                .isFalse();
        assertThat(OptimisticLocking.afterDelete(1, Optional::<Version>empty, ITSELF, ExpectedVersion.any()))
                .isTrue();
    }
}
