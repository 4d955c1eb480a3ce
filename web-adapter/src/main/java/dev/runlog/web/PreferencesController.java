package dev.runlog.web;

import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.in.ChangePreferencesCommand;
import dev.runlog.domain.port.in.ChangePreferencesUseCase;
import dev.runlog.domain.port.in.GetPreferencesUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A runner's preferences, {@code /api/users/{id}/preferences}: a resource of its own, not part of
 * the user, because it is read and replaced on its own and carries no version (last write wins,
 * as choosing a unit is no edit to merge). Translates HTTP to use cases and back; no rules here.
 */
@RestController
@Tag(name = "Users")
@RequestMapping(path = "/api/users/{userId}/preferences", produces = "application/json")
public class PreferencesController {

    private final GetPreferencesUseCase getPreferences;
    private final ChangePreferencesUseCase changePreferences;

    public PreferencesController(GetPreferencesUseCase getPreferences, ChangePreferencesUseCase changePreferences) {
        this.getPreferences = getPreferences;
        this.changePreferences = changePreferences;
    }

    @Operation(
            operationId = "getPreferences",
            summary = "Show how a runner reads their log",
            description = "The unit of their summaries and records, the time zone where their today is (and a "
                    + "start without an offset), and the day their weeks start on: the defaults (mi, UTC, monday) "
                    + "until they choose.")
    @ApiResponse(responseCode = "200", description = "The preferences")
    @GetMapping
    public PreferencesResponse get(@AuthenticationPrincipal Caller caller, @PathVariable long userId) {
        return PreferencesResponse.from(getPreferences.preferencesOf(caller, UserId.of(userId)));
    }

    @Operation(
            operationId = "changePreferences",
            summary = "Choose how a runner reads their log",
            description = "Replaces the preferences whole: a field left out goes back to its default. Runs already "
                    + "logged keep their dates and starts; summaries and records read in the new unit, zone and "
                    + "weeks from now on.")
    @ApiResponse(responseCode = "200", description = "Changed: the preferences as now kept")
    @PutMapping(consumes = "application/json")
    public PreferencesResponse change(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long userId,
            @RequestBody PreferencesRequest request) {
        return PreferencesResponse.from(changePreferences.change(
                new ChangePreferencesCommand(caller, UserId.of(userId), request.toPreferences())));
    }
}
