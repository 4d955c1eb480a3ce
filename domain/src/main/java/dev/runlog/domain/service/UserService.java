package dev.runlog.domain.service;

import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.in.DeleteUserCommand;
import dev.runlog.domain.port.in.DeleteUserUseCase;
import dev.runlog.domain.port.in.GetUserUseCase;
import dev.runlog.domain.port.in.ListUsersUseCase;
import dev.runlog.domain.port.in.UpdateUserCommand;
import dev.runlog.domain.port.in.UpdateUserUseCase;
import dev.runlog.domain.port.out.UserRepository;

import java.util.List;
import java.util.Objects;

/**
 * The use cases on users that exist: showing, listing, changing and deleting them (creating them is
 * {@link AccountService}'s). The rules on a user's values live in the model, and who may reach a
 * user is {@link Caller#mayAccess}; uniqueness of the email and the version check are reported by
 * the repository, whose store can guard them even against concurrent requests.
 */
public class UserService implements GetUserUseCase, ListUsersUseCase, UpdateUserUseCase, DeleteUserUseCase {

    private final UserRepository users;

    public UserService(UserRepository users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public UserWithRuns get(Caller caller, UserId id) {
        Access.requireAccessToUser(caller, id);
        return users.findWithRunsById(id).orElseThrow(() -> new UserNotFoundException(id));
    }

    @Override
    public Page<User> list(Caller caller, PageRequest page) {
        if (caller.isAdmin()) {
            return users.findPage(page);
        }
        // A runner sees a list of one: themselves, on the page whose keyset range holds their id.
        List<User> onThisPage = users
                .findById(caller.user())
                .filter(self -> self.id().value() > page.after())
                .stream()
                .toList();
        return new Page<>(onThisPage, false);
    }

    @Override
    public User update(UpdateUserCommand command) {
        Access.requireAccessToUser(command.caller(), command.user());
        return users.update(command.user(), command.details(), command.expected())
                .orElseThrow(() -> new UserNotFoundException(command.user()));
    }

    @Override
    public void delete(DeleteUserCommand command) {
        Access.requireAccessToUser(command.caller(), command.user());
        if (!users.remove(command.user(), command.expected())) {
            throw new UserNotFoundException(command.user());
        }
    }
}
