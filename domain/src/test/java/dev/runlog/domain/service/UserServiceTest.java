package dev.runlog.domain.service;

import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.in.DeleteUserCommand;
import dev.runlog.domain.port.in.RegisterUserCommand;
import dev.runlog.domain.port.in.UpdateUserCommand;
import dev.runlog.domain.testing.Repositories;
import org.junit.jupiter.api.Test;

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
        User alice = service.register(
                new RegisterUserCommand(aUser().withUsername("Alice").details()));
        var run = repositories.runs().add(alice.id(), aRun().details());

        var shown = service.get(alice.id());

        assertThat(shown.user()).isEqualTo(alice);
        assertThat(shown.runs()).containsExactly(run);
    }

    @Test
    void registeringATakenEmail_isRejected() {
        service.register(
                new RegisterUserCommand(aUser().withEmail("alice@example.com").details()));

        assertThatThrownBy(() -> service.register(new RegisterUserCommand(
                        aUser().withEmail("Alice@Example.com").details())))
                .isInstanceOf(EmailAlreadyTakenException.class);
    }

    @Test
    void anUnknownUser_isNotFound_toShowUpdateOrDelete() {
        UserId unknown = new UserId(99);

        assertThatThrownBy(() -> service.get(unknown)).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(
                        () -> service.update(new UpdateUserCommand(unknown, aUser().details(), ExpectedVersion.any())))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> service.delete(new DeleteUserCommand(unknown, ExpectedVersion.any())))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void aChangeToAStaleVersion_isRefused() {
        User alice = service.register(new RegisterUserCommand(aUser().details()));
        service.update(new UpdateUserCommand(alice.id(), aUser().details(), ExpectedVersion.exactly(alice.version())));

        assertThatThrownBy(() -> service.update(
                        new UpdateUserCommand(alice.id(), aUser().details(), ExpectedVersion.exactly(alice.version()))))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() ->
                        service.delete(new DeleteUserCommand(alice.id(), ExpectedVersion.exactly(alice.version()))))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void anUpdatedUser_isReturnedAsStored() {
        User alice = service.register(new RegisterUserCommand(aUser().details()));

        User updated = service.update(new UpdateUserCommand(
                alice.id(), aUser().withUsername("Alice L.").details(), ExpectedVersion.any()));

        assertThat(updated.id()).isEqualTo(alice.id());
        assertThat(service.get(alice.id()).user()).isEqualTo(updated);
    }

    @Test
    void aDeletedUser_isGone_fromShowAndList() {
        User alice = service.register(new RegisterUserCommand(aUser().details()));

        service.delete(new DeleteUserCommand(alice.id(), ExpectedVersion.any()));

        assertThatThrownBy(() -> service.get(alice.id())).isInstanceOf(UserNotFoundException.class);
        assertThat(service.list(PageRequest.first()).items()).isEmpty();
    }
}
