package dev.runlog.domain.model;

import dev.runlog.domain.model.run.Distance;
import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.RunDuration;
import dev.runlog.domain.model.shared.InvalidValueException;
import dev.runlog.domain.model.shared.Version;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.Username;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every value has two ways in: its constructor rebuilds what a store holds, whatever wrote it;
 * its factory checks what a client sends. The same value can be read but not sent.
 */
class RebuildingIsNotValidatingTest {

    @Test
    void whatTheTutorialsAppStored_isRebuilt_butRefusedAsNewInput() {
        assertThat(new Distance(0).miles()).isZero();
        assertThatThrownBy(() -> Distance.ofMiles(0.0)).isInstanceOf(InvalidValueException.class);

        assertThat(new Mood("").value()).isEmpty();
        assertThatThrownBy(() -> Mood.optional("")).isInstanceOf(InvalidValueException.class);

        assertThat(new Email("bob@localhost").value()).isEqualTo("bob@localhost");
        assertThatThrownBy(() -> Email.of("bob@localhost")).isInstanceOf(InvalidValueException.class);

        assertThat(new Username("Tab\tby").value()).isEqualTo("Tab\tby");
        assertThatThrownBy(() -> Username.of("Tab\tby")).isInstanceOf(InvalidValueException.class);

        assertThat(RunDuration.ofSeconds(0).value()).isZero();
        assertThatThrownBy(() -> RunDuration.parse("PT0S")).isInstanceOf(InvalidValueException.class);

        assertThat(new UserId(0).value()).isZero();
        assertThatThrownBy(() -> UserId.of(0)).isInstanceOf(InvalidValueException.class);

        assertThat(new Version(-1).value()).as("a version another app wrote").isEqualTo(-1);
    }
}
