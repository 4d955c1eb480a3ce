package dev.runlog.domain.port.in;

import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.User;

/** Lists users, a page at a time. */
public interface ListUsersUseCase {

    /** One page of users in ascending id order, without their runs. */
    Page<User> list(PageRequest page);
}
