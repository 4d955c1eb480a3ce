package dev.runlog.web;

import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.Password;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.in.ChangePasswordCommand;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Optional;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The JSON body that changes a password: {@code {"currentPassword": "...", "newPassword": "..."}}. */
public record PasswordRequest(
        @Schema(
                description = "The password now; an admin may leave it out",
                requiredMode = NOT_REQUIRED,
                format = "password",
                example = "correct horse battery staple")
        String currentPassword,

        @Schema(
                description = "10 to 128 characters, not the username or email, not one of the most common passwords",
                requiredMode = REQUIRED,
                minLength = Password.MIN_LENGTH,
                maxLength = Password.MAX_LENGTH,
                format = "password",
                example = "a longer horse, battery and staple")
        String newPassword) {

    ChangePasswordCommand toCommand(Caller caller, UserId user) {
        return new ChangePasswordCommand(caller, user, Optional.ofNullable(currentPassword), newPassword);
    }

    @Override
    public String toString() {
        return "PasswordRequest[passwords hidden]";
    }
}
