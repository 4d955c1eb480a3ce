package dev.runlog.domain.port.in;

import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.PersonalRecords;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;

import java.util.Optional;

/** Finds a runner's personal records. */
public interface GetRecordsUseCase {

    /**
     * The runner's records, in {@code unit} if given, else in the runner's own unit.
     *
     * @throws UserNotFoundException if no user has this id, or the caller may not access them
     */
    PersonalRecords recordsOf(Caller caller, UserId userId, Optional<DistanceUnit> unit);
}
