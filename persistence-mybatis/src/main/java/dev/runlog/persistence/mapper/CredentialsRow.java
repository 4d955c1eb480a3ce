package dev.runlog.persistence.mapper;

import dev.runlog.domain.model.access.Credentials;
import dev.runlog.domain.model.user.Role;
import dev.runlog.domain.model.user.UserId;

import java.util.Optional;

/**
 * What signing in reads of a {@code user} row, as MyBatis fills it (fields set by reflection, no
 * setters), turned into the domain's {@link Credentials} at the edge of the adapter.
 */
public class CredentialsRow {

    private Long userId;
    private String role;
    private String passwordHash;

    /** For MyBatis; public for the reason {@link UserRow#UserRow()} gives. */
    public CredentialsRow() {}

    /** The role as the column stores it: the name of the domain's {@link Role}. */
    public static String columnValueOf(Role role) {
        return role.name();
    }

    public Credentials toCredentials() {
        // The column's check allows only the names of Role: every stored value reads as one.
        return new Credentials(new UserId(userId), Role.valueOf(role), Optional.ofNullable(passwordHash));
    }
}
