package dev.runlog.domain.port.in;

import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.User;

/** Lists users, a page at a time. */
public interface ListUsersUseCase {

    /**
     * One page of the users the caller may see (an admin: all; a runner: themselves), in ascending
     * id order, without their runs.
     */
    Page<User> list(Caller caller, PageRequest page);
}
