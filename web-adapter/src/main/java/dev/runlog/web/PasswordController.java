package dev.runlog.web;

import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.in.ChangePasswordUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A user's password, {@code /api/users/{id}/password}: it can be set, never read. */
@RestController
@Tag(name = "Users")
public class PasswordController {

    private final ChangePasswordUseCase changePassword;

    public PasswordController(ChangePasswordUseCase changePassword) {
        this.changePassword = changePassword;
    }

    @Operation(
            operationId = "changePassword",
            summary = "Change a user's password; every token issued before stops working",
            description = "A runner gives their current password; an admin may leave it out, to set anyone's.")
    @ApiResponse(responseCode = "204", description = "Changed; sign in again with the new password")
    @PutMapping(
            path = "/api/users/{id}/password",
            consumes = "application/json",
            produces = {"application/json", "application/problem+json"})
    public ResponseEntity<Void> change(
            @AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody PasswordRequest request) {
        changePassword.changePassword(request.toCommand(caller, UserId.of(id)));
        return ResponseEntity.noContent().build();
    }
}
