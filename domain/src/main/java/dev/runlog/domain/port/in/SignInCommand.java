package dev.runlog.domain.port.in;

import java.util.Objects;

/**
 * What signing in takes.
 *
 * @param email         the email as typed; matched ignoring case
 * @param password      the password as typed
 * @param clientAddress where the attempt comes from, for slowing down repeated failures
 */
public record SignInCommand(String email, String password, String clientAddress) {

    public SignInCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    @Override
    public String toString() {
        return "SignInCommand[email=" + email + ", password hidden, clientAddress=" + clientAddress + "]";
    }
}
