package dev.runlog.web;

import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.in.DeleteUserCommand;
import dev.runlog.domain.port.in.DeleteUserUseCase;
import dev.runlog.domain.port.in.GetUserUseCase;
import dev.runlog.domain.port.in.ListUsersUseCase;
import dev.runlog.domain.port.in.RegisterUserUseCase;
import dev.runlog.domain.port.in.SignUpUseCase;
import dev.runlog.domain.port.in.UpdateUserCommand;
import dev.runlog.domain.port.in.UpdateUserUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.Optional;

/** The users resource, {@code /api/users}. Translates HTTP to use cases and back; no rules here. */
@RestController
@Tag(name = "Users")
@RequestMapping(path = "/api/users", produces = "application/json")
public class UserController {

    private final SignUpUseCase signUp;
    private final RegisterUserUseCase registerUser;
    private final ListUsersUseCase listUsers;
    private final GetUserUseCase getUser;
    private final UpdateUserUseCase updateUser;
    private final DeleteUserUseCase deleteUser;
    private final JsonMapper json;

    public UserController(
            SignUpUseCase signUp,
            RegisterUserUseCase registerUser,
            ListUsersUseCase listUsers,
            GetUserUseCase getUser,
            UpdateUserUseCase updateUser,
            DeleteUserUseCase deleteUser,
            JsonMapper json) {
        this.signUp = signUp;
        this.registerUser = registerUser;
        this.listUsers = listUsers;
        this.getUser = getUser;
        this.updateUser = updateUser;
        this.deleteUser = deleteUser;
        this.json = json;
    }

    /** Without a token, signing up (with a password); with an admin's token, creating a user for someone. */
    @Operation(
            operationId = "registerUser",
            summary = "Sign up, or (as an admin) create a user",
            description = "Without a token, anyone signs up with a password, unless the operator closed sign-up. "
                    + "With an admin's token, the password may be left out: that user cannot sign in until an "
                    + "admin sets one.")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the new user, ETag its version")
    @PostMapping(consumes = "application/json")
    public ResponseEntity<UserResponse> register(
            @AuthenticationPrincipal Caller caller, @RequestBody NewUserRequest request) {
        User user = caller == null
                ? signUp.signUp(request.toSignUp())
                : registerUser.register(request.toRegistration(caller));
        return ResponseEntity.created(URI.create("/api/users/" + user.id().value()))
                .eTag(EntityTags.of(user.version()))
                .body(UserResponse.from(user));
    }

    @Operation(operationId = "listUsers", summary = "List users (a runner: only themselves), a page at a time")
    @ApiResponse(responseCode = "200", description = "A page; follow next (or the Link header) for the following one")
    @GetMapping
    public ResponseEntity<PageResponse<UserResponse>> list(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) Long after,
            @RequestParam(required = false) Integer limit) {
        PageRequest page = PageRequest.of(after, limit);
        return PageResponse.of(listUsers.list(caller, page), page.limit(), UserResponse::from, UserResponse::id);
    }

    /** The user with all of their runs; the ETag covers all of it, so a run logged since makes a new one. */
    @Operation(
            operationId = "getUser",
            summary = "Show a user with all of their runs",
            description = "Each run in the unit it was logged in, or every one in the unit `unit` asks for.")
    @ApiResponse(
            responseCode = "200",
            description = "The user with all of their runs; the ETag covers them all",
            content = @Content(schema = @Schema(implementation = UserWithRunsResponse.class)))
    @GetMapping("/{id}")
    public ResponseEntity<byte[]> get(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestParam(required = false) String unit) {
        Optional<DistanceUnit> asked = UnitParameter.of(unit);
        UserWithRuns user = getUser.get(caller, UserId.of(id));
        UserWithRunsResponse answer = UserWithRunsResponse.from(user, asked);
        return TaggedJson.ok(json, user.user().version(), answer);
    }

    /** Replaces name and email; with {@code If-Match}, only if the user is still at that version. */
    @Operation(operationId = "updateUser", summary = "Change a user's name and email")
    @ApiResponse(responseCode = "200", description = "Changed; the ETag is the new version")
    @PutMapping(path = "/{id}", consumes = "application/json")
    public ResponseEntity<UserResponse> update(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestBody UserRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        User user = updateUser.update(
                new UpdateUserCommand(caller, UserId.of(id), request.toDetails(), EntityTags.expectedBy(ifMatch)));
        return ResponseEntity.ok().eTag(EntityTags.of(user.version())).body(UserResponse.from(user));
    }

    /** Deletes the user and their runs; with {@code If-Match}, only if the user is still at that version. */
    @Operation(operationId = "deleteUser", summary = "Delete a user and all of their runs")
    @ApiResponse(responseCode = "204", description = "Deleted")
    // Answers nothing or a problem: a client that accepts only problems must not be refused with 406.
    @DeleteMapping(
            path = "/{id}",
            produces = {"application/json", "application/problem+json"})
    public ResponseEntity<Void> delete(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        deleteUser.delete(new DeleteUserCommand(caller, UserId.of(id), EntityTags.expectedBy(ifMatch)));
        return ResponseEntity.noContent().build();
    }
}
