package dev.runlog.domain.model.user;

/** What a signed-in user may do beyond their own data. */
public enum Role {
    /** A runner: their own user, runs and stats, nothing else. */
    RUNNER,
    /** An admin: everything, on everyone's data. */
    ADMIN
}
