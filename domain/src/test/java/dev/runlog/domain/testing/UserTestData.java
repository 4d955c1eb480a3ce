package dev.runlog.domain.testing;

import dev.runlog.domain.model.user.UserDetails;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds user details for tests: {@code aUser().withUsername("Alice").details()}. Each new
 * builder has an email of its own, so tests add users without clashing on the unique email.
 */
public final class UserTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private String username = "Alice";
    private String email = "runner" + SEQUENCE.incrementAndGet() + "@example.com";

    private UserTestData() {}

    public static UserTestData aUser() {
        return new UserTestData();
    }

    public UserTestData withUsername(String username) {
        this.username = username;
        return this;
    }

    public UserTestData withEmail(String email) {
        this.email = email;
        return this;
    }

    public UserDetails details() {
        return UserDetails.of(username, email);
    }
}
