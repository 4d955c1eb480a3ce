package dev.runlog.domain.service;

import dev.runlog.domain.model.Page;
import dev.runlog.domain.model.PageRequest;
import dev.runlog.domain.model.User;
import dev.runlog.domain.model.UserDetails;
import dev.runlog.domain.model.UserId;
import dev.runlog.domain.model.UserNotFoundException;
import dev.runlog.domain.model.UserWithRuns;
import dev.runlog.domain.model.Version;
import dev.runlog.domain.port.in.DeleteUserUseCase;
import dev.runlog.domain.port.in.GetUserUseCase;
import dev.runlog.domain.port.in.ListUsersUseCase;
import dev.runlog.domain.port.in.RegisterUserUseCase;
import dev.runlog.domain.port.in.UpdateUserUseCase;
import dev.runlog.domain.port.out.UserRepository;

import java.util.Objects;
import java.util.Optional;

/**
 * The user use cases. The rules on a user's values live in the model; uniqueness of the email and
 * the version check are reported by the repository, whose store can guard them even against
 * concurrent requests.
 */
public class UserService implements RegisterUserUseCase, GetUserUseCase, ListUsersUseCase,
        UpdateUserUseCase, DeleteUserUseCase {

    private final UserRepository users;

    public UserService(UserRepository users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public User register(UserDetails details) {
        return users.add(details);
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
    public User update(UserId id, UserDetails details, Optional<Version> expected) {
        return users.update(id, details, expected).orElseThrow(() -> new UserNotFoundException(id));
    }

    @Override
    public void delete(UserId id, Optional<Version> expected) {
        if (!users.remove(id, expected)) {
            throw new UserNotFoundException(id);
        }
    }
}
