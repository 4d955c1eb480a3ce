package dev.runlog.domain.model.user;

import dev.runlog.domain.model.shared.NotFoundException;

/** No user has the given id. */
public class UserNotFoundException extends NotFoundException {

    public UserNotFoundException(UserId id) {
        super("No user with id " + id.value() + " exists.");
    }
}
