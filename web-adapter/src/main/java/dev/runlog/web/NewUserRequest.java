package dev.runlog.web;

import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.Password;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.Username;
import dev.runlog.domain.port.in.RegisterUserCommand;
import dev.runlog.domain.port.in.SignUpCommand;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Optional;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The JSON body that creates a user: {@code {"username": "...", "email": "...", "password": "..."}}.
 * Signing up needs the password; an admin creating a user may leave it out. The password is never
 * stored as sent, answered or logged ({@link #toString} hides it).
 */
public record NewUserRequest(
        @Schema(
                description = "Not blank, no control characters, at most 80 characters",
                requiredMode = REQUIRED,
                maxLength = Username.MAX_LENGTH,
                pattern = ApiDocumentation.NOT_BLANK,
                example = "Alice")
        String username,

        @Schema(
                description = "Shaped like an address, at most 120 characters, unique ignoring case",
                requiredMode = REQUIRED,
                maxLength = Email.MAX_LENGTH,
                pattern = "^" + Email.SHAPE_REGEX + "$",
                example = "alice@example.com")
        String email,

        @Schema(
                description = "10 to 128 characters, not the username or email, not one of the most common "
                        + "passwords. Required to sign up; an admin creating a user may leave it out.",
                requiredMode = NOT_REQUIRED,
                minLength = Password.MIN_LENGTH,
                maxLength = Password.MAX_LENGTH,
                format = "password",
                example = "correct horse battery staple")
        String password) {

    SignUpCommand toSignUp() {
        return SignUpCommand.of(username, email, password);
    }

    RegisterUserCommand toRegistration(Caller caller) {
        UserDetails details = UserDetails.of(username, email);
        return new RegisterUserCommand(
                caller,
                details,
                Optional.ofNullable(password).map(chosen -> Password.chosen("password", chosen, details)));
    }

    @Override
    public String toString() {
        return "NewUserRequest[username=" + username + ", email=" + email + ", password hidden]";
    }
}
