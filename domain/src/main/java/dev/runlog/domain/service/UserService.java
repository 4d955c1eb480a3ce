package dev.runlog.domain.service;

import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.in.DeleteUserCommand;
import dev.runlog.domain.port.in.DeleteUserUseCase;
import dev.runlog.domain.port.in.GetUserUseCase;
import dev.runlog.domain.port.in.ListUsersUseCase;
import dev.runlog.domain.port.in.RegisterUserCommand;
import dev.runlog.domain.port.in.RegisterUserUseCase;
import dev.runlog.domain.port.in.UpdateUserCommand;
import dev.runlog.domain.port.in.UpdateUserUseCase;
import dev.runlog.domain.port.out.UserRepository;

import java.util.Objects;

/**
 * The user use cases. The rules on a user's values live in the model; uniqueness of the email and
 * the version check are reported by the repository, whose store can guard them even against
 * concurrent requests.
 */
public class UserService
        implements RegisterUserUseCase, GetUserUseCase, ListUsersUseCase, UpdateUserUseCase, DeleteUserUseCase {

    private final UserRepository users;

    public UserService(UserRepository users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public User register(RegisterUserCommand command) {
        return users.add(command.details());
    }

    @Override
    public UserWithRuns get(UserId id) {
        return users.findWithRunsById(id).orElseThrow(() -> new UserNotFoundException(id));
    }

    @Override
    public Page<User> list(PageRequest page) {
        return users.findPage(page);
    }

    @Override
    public User update(UpdateUserCommand command) {
        return users.update(command.user(), command.details(), command.expected())
                .orElseThrow(() -> new UserNotFoundException(command.user()));
    }

    @Override
    public void delete(DeleteUserCommand command) {
        if (!users.remove(command.user(), command.expected())) {
            throw new UserNotFoundException(command.user());
        }
    }
}
