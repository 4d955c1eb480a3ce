package dev.runlog.web;

import dev.runlog.domain.model.access.AccessToken;
import dev.runlog.domain.model.access.ExternalIdentity;
import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.PersonalRecords;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunId;
import dev.runlog.domain.model.run.RunStats;
import dev.runlog.domain.model.run.RunWithUser;
import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.run.Summaries;
import dev.runlog.domain.model.run.SummaryRequest;
import dev.runlog.domain.model.run.UserWithRuns;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.in.AuthenticateUseCase;
import dev.runlog.domain.port.in.ChangePasswordCommand;
import dev.runlog.domain.port.in.ChangePasswordUseCase;
import dev.runlog.domain.port.in.ChangePreferencesCommand;
import dev.runlog.domain.port.in.ChangePreferencesUseCase;
import dev.runlog.domain.port.in.DeleteRunCommand;
import dev.runlog.domain.port.in.DeleteRunUseCase;
import dev.runlog.domain.port.in.DeleteUserCommand;
import dev.runlog.domain.port.in.DeleteUserUseCase;
import dev.runlog.domain.port.in.GetPreferencesUseCase;
import dev.runlog.domain.port.in.GetRecordsUseCase;
import dev.runlog.domain.port.in.GetRunStatsUseCase;
import dev.runlog.domain.port.in.GetRunUseCase;
import dev.runlog.domain.port.in.GetSummariesUseCase;
import dev.runlog.domain.port.in.GetUserUseCase;
import dev.runlog.domain.port.in.IdentifyExternalUserUseCase;
import dev.runlog.domain.port.in.ImportRunsCommand;
import dev.runlog.domain.port.in.ImportRunsUseCase;
import dev.runlog.domain.port.in.ListRunsUseCase;
import dev.runlog.domain.port.in.ListUsersUseCase;
import dev.runlog.domain.port.in.LogRunCommand;
import dev.runlog.domain.port.in.LogRunUseCase;
import dev.runlog.domain.port.in.RegisterUserCommand;
import dev.runlog.domain.port.in.RegisterUserUseCase;
import dev.runlog.domain.port.in.SignInCommand;
import dev.runlog.domain.port.in.SignInUseCase;
import dev.runlog.domain.port.in.SignOutUseCase;
import dev.runlog.domain.port.in.SignUpCommand;
import dev.runlog.domain.port.in.SignUpUseCase;
import dev.runlog.domain.port.in.UpdateRunCommand;
import dev.runlog.domain.port.in.UpdateRunUseCase;
import dev.runlog.domain.port.in.UpdateUserCommand;
import dev.runlog.domain.port.in.UpdateUserUseCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every use case the controllers drive, in one hand-written stub: a test says what the next call
 * answers ({@link #answers}) or throws ({@link #fails}), and reads what the controller passed
 * ({@link #received}). No rules of the domain run here; the web adapter is tested alone.
 */
final class StubUseCases
        implements SignUpUseCase,
                RegisterUserUseCase,
                SignInUseCase,
                AuthenticateUseCase,
                SignOutUseCase,
                ChangePasswordUseCase,
                IdentifyExternalUserUseCase,
                ListUsersUseCase,
                GetUserUseCase,
                UpdateUserUseCase,
                DeleteUserUseCase,
                LogRunUseCase,
                ImportRunsUseCase,
                ListRunsUseCase,
                GetRunUseCase,
                UpdateRunUseCase,
                DeleteRunUseCase,
                GetRunStatsUseCase,
                GetSummariesUseCase,
                GetRecordsUseCase,
                GetPreferencesUseCase,
                ChangePreferencesUseCase {

    /** The one token this stub signs in: its caller is an admin, id 1 (the stub decides nothing on it). */
    static final String TOKEN = "rl_" + "t".repeat(43);

    static final Caller CALLER = Caller.admin(new UserId(1));

    private Object answer;
    private RuntimeException failure;
    private final List<Object> received = new ArrayList<>();

    /** Forgets what earlier tests set and saw (the stub is one bean for the whole context). */
    void reset() {
        answer = null;
        failure = null;
        received.clear();
    }

    void answers(Object answer) {
        this.answer = answer;
    }

    void fails(RuntimeException failure) {
        this.failure = failure;
    }

    /** The one argument of this type the controller passed, failing if it passed none or several. */
    <T> T received(Class<T> type) {
        List<T> matching =
                received.stream().filter(type::isInstance).map(type::cast).toList();
        if (matching.size() != 1) {
            throw new AssertionError("Expected one " + type.getSimpleName() + " passed to a use case, got " + received);
        }
        return matching.get(0);
    }

    boolean wasCalled() {
        return !received.isEmpty();
    }

    @SuppressWarnings("unchecked")
    private <T> T reply(Object... inputs) {
        received.addAll(List.of(inputs));
        if (failure != null) {
            throw failure;
        }
        return (T) answer;
    }

    @Override
    public User signUp(SignUpCommand command) {
        return reply(command);
    }

    @Override
    public User register(RegisterUserCommand command) {
        return reply(command);
    }

    @Override
    public AccessToken signIn(SignInCommand command) {
        return reply(command);
    }

    /** Not recorded: every signed-in request calls it, and tests read what the endpoint itself passed. */
    @Override
    public Optional<Caller> callerFor(String bearerToken) {
        return TOKEN.equals(bearerToken) ? Optional.of(CALLER) : Optional.empty();
    }

    @Override
    public void signOut(String bearerToken) {
        reply(bearerToken);
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        reply(command);
    }

    @Override
    public Caller callerFor(ExternalIdentity identity) {
        return reply(identity);
    }

    @Override
    public Page<User> list(Caller caller, PageRequest page) {
        return reply(caller, page);
    }

    @Override
    public UserWithRuns get(Caller caller, UserId id) {
        return reply(caller, id);
    }

    @Override
    public User update(UpdateUserCommand command) {
        return reply(command);
    }

    @Override
    public void delete(DeleteUserCommand command) {
        reply(command);
    }

    @Override
    public Run log(LogRunCommand command) {
        return reply(command);
    }

    @Override
    public List<Run> importRuns(ImportRunsCommand command) {
        return reply(command);
    }

    @Override
    public Page<Run> listAll(Caller caller, RunFilter filter, PageRequest page) {
        return reply(caller, filter, page);
    }

    @Override
    public Page<Run> listForUser(Caller caller, UserId userId, RunFilter filter, PageRequest page) {
        return reply(caller, userId, filter, page);
    }

    @Override
    public RunWithUser get(Caller caller, RunId id) {
        return reply(caller, id);
    }

    @Override
    public Run update(UpdateRunCommand command) {
        return reply(command);
    }

    @Override
    public void delete(DeleteRunCommand command) {
        reply(command);
    }

    @Override
    public RunStats statsOf(Caller caller, UserId userId) {
        return reply(caller, userId);
    }

    @Override
    public Summaries summariesOf(Caller caller, UserId userId, SummaryRequest request) {
        return reply(caller, userId, request);
    }

    @Override
    public PersonalRecords recordsOf(Caller caller, UserId userId, Optional<DistanceUnit> unit) {
        return reply(caller, userId, unit);
    }

    @Override
    public RunnerPreferences preferencesOf(Caller caller, UserId userId) {
        return reply(caller, userId);
    }

    @Override
    public RunnerPreferences change(ChangePreferencesCommand command) {
        return reply(command);
    }
}
