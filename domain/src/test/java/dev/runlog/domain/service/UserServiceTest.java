package dev.runlog.domain.service;

import dev.runlog.domain.model.EmailAlreadyTakenException;
import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.StaleVersionException;
import dev.runlog.domain.model.User;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;
import dev.runlog.domain.testing.Repositories;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.runlog.domain.testing.RunTestData.aRun;
import static dev.runlog.domain.testing.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The user use cases, on the in-memory adapter: the domain tested without any database. */
class UserServiceTest {

    private final Repositories repositories = Repositories.inMemory();
    private final UserService service = new UserService(repositories.users());

    @Test
    void aRegisteredUser_isShownWithTheirRuns() {
        User alice = service.register(aUser().withUsername("Alice").details());
        var run = repositories.runs().add(alice.id(), aRun().details());

        var shown = service.get(alice.id());

        assertThat(shown.user()).isEqualTo(alice);
        assertThat(shown.runs()).containsExactly(run);
    }

    @Test
    void registeringATakenEmail_isRejected() {
        service.register(aUser().withEmail("alice@example.com").details());

        assertThatThrownBy(() -> service.register(aUser().withEmail("Alice@Example.com").details()))
                .isInstanceOf(EmailAlreadyTakenException.class);
    }

    @Test
    void anUnknownUser_isNotFound_toShowUpdateOrDelete() {
        UserId unknown = new UserId(99);

        assertThatThrownBy(() -> service.get(unknown)).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> service.update(unknown, aUser().details(), Optional.empty())).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> service.delete(unknown, Optional.empty())).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void aChangeToAStaleVersion_isRefused() {
        User alice = service.register(aUser().details());
        service.update(alice.id(), aUser().details(), Optional.of(alice.version()));

        assertThatThrownBy(() -> service.update(alice.id(), aUser().details(), Optional.of(alice.version())))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> service.delete(alice.id(), Optional.of(alice.version())))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void anUpdatedUser_isReturnedAsStored() {
        User alice = service.register(aUser().details());

        User updated = service.update(alice.id(), aUser().withUsername("Alice L.").details(), Optional.empty());

        assertThat(updated.id()).isEqualTo(alice.id());
        assertThat(service.get(alice.id()).user()).isEqualTo(updated);
    }

    @Test
    void aDeletedUser_isGone_fromShowAndList() {
        User alice = service.register(aUser().details());

        service.delete(alice.id(), Optional.empty());

        assertThatThrownBy(() -> service.get(alice.id())).isInstanceOf(UserNotFoundException.class);
        assertThat(service.list(PageRequest.first()).items()).isEmpty();
    }
}
