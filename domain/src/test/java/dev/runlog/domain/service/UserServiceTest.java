package dev.runlog.domain.service;

import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.shared.StaleVersionException;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.in.DeleteUserCommand;
import dev.runlog.domain.port.in.UpdateUserCommand;
import dev.runlog.domain.testing.Repositories;
import org.junit.jupiter.api.Test;

import static dev.runlog.domain.testing.RunTestData.aRun;
import static dev.runlog.domain.testing.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The user use cases, on the in-memory adapter: the domain tested without any database. */
class UserServiceTest {

    /** An admin, who may reach everyone's data: the tests of the rules on values act as one. */
    private static final Caller ADMIN = Caller.admin(new UserId(1_000_000));

    private final Repositories repositories = Repositories.inMemory();
    private final UserService service = new UserService(repositories.users());

    @Test
    void aRegisteredUser_isShownWithTheirRuns() {
        User alice = repositories.users().add(aUser().withUsername("Alice").details());
        var run = repositories.runs().add(alice.id(), aRun().details());

        var shown = service.get(ADMIN, alice.id());

        assertThat(shown.user()).isEqualTo(alice);
        assertThat(shown.runs()).containsExactly(run);
    }

    @Test
    void anUnknownUser_isNotFound_toShowUpdateOrDelete() {
        UserId unknown = new UserId(99);

        assertThatThrownBy(() -> service.get(ADMIN, unknown)).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() ->
                        service.update(new UpdateUserCommand(ADMIN, unknown, aUser().details(), ExpectedVersion.any())))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> service.delete(new DeleteUserCommand(ADMIN, unknown, ExpectedVersion.any())))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void aChangeToAStaleVersion_isRefused() {
        User alice = repositories.users().add(aUser().details());
        service.update(
                new UpdateUserCommand(ADMIN, alice.id(), aUser().details(), ExpectedVersion.exactly(alice.version())));

        assertThatThrownBy(() -> service.update(new UpdateUserCommand(
                        ADMIN, alice.id(), aUser().details(), ExpectedVersion.exactly(alice.version()))))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> service.delete(
                        new DeleteUserCommand(ADMIN, alice.id(), ExpectedVersion.exactly(alice.version()))))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void anUpdatedUser_isReturnedAsStored() {
        User alice = repositories.users().add(aUser().details());

        User updated = service.update(new UpdateUserCommand(
                ADMIN, alice.id(), aUser().withUsername("Alice L.").details(), ExpectedVersion.any()));

        assertThat(updated.id()).isEqualTo(alice.id());
        assertThat(service.get(ADMIN, alice.id()).user()).isEqualTo(updated);
    }

    @Test
    void aDeletedUser_isGone_fromShowAndList() {
        User alice = repositories.users().add(aUser().details());

        service.delete(new DeleteUserCommand(ADMIN, alice.id(), ExpectedVersion.any()));

        assertThatThrownBy(() -> service.get(ADMIN, alice.id())).isInstanceOf(UserNotFoundException.class);
        assertThat(service.list(ADMIN, PageRequest.first()).items()).isEmpty();
    }
}
