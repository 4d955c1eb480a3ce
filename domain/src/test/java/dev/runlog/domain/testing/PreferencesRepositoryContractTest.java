package dev.runlog.domain.testing;

import dev.runlog.domain.model.run.DistanceUnit;
import dev.runlog.domain.model.run.RunnerPreferences;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.port.out.PreferencesRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static dev.runlog.domain.testing.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link PreferencesRepository} must do, whatever it stores preferences in: a runner
 * who chose nothing has the defaults; what was saved is found, zones as named (an IANA id stays
 * that id, an offset that offset); a missing user has none, and saving for one stores nothing.
 * The in-memory and the MariaDB adapters both extend this class.
 */
public abstract class PreferencesRepositoryContractTest {

    private static final RunnerPreferences PARIS_IN_KILOMETRES =
            new RunnerPreferences(DistanceUnit.KILOMETRES, ZoneId.of("Europe/Paris"), DayOfWeek.SUNDAY);

    private Repositories repositories;
    private PreferencesRepository preferences;
    private User alice;

    /** The repositories over one store that holds nothing yet. */
    protected abstract Repositories emptyRepositories();

    @BeforeEach
    void startWithOneUser() {
        repositories = emptyRepositories();
        preferences = repositories.preferences();
        alice = repositories.users().add(aUser().details());
    }

    @Test
    void aRunnerWhoChoseNothing_hasTheDefaults() {
        assertThat(preferences.findByUser(alice.id())).contains(RunnerPreferences.DEFAULT);
    }

    @Test
    void savedPreferences_areFoundAsSaved() {
        assertThat(preferences.save(alice.id(), PARIS_IN_KILOMETRES)).isTrue();

        assertThat(preferences.findByUser(alice.id())).contains(PARIS_IN_KILOMETRES);
    }

    @Test
    void aZoneGivenAsAnOffset_staysAnOffset() {
        RunnerPreferences offset =
                new RunnerPreferences(DistanceUnit.MILES, ZoneOffset.ofHoursMinutes(5, 30), DayOfWeek.MONDAY);

        preferences.save(alice.id(), offset);

        assertThat(preferences.findByUser(alice.id())).contains(offset);
    }

    @Test
    void savingAgain_replacesThePreferences() {
        preferences.save(alice.id(), PARIS_IN_KILOMETRES);
        preferences.save(alice.id(), RunnerPreferences.DEFAULT);

        assertThat(preferences.findByUser(alice.id())).contains(RunnerPreferences.DEFAULT);
    }

    @Test
    void savingTheSamePreferencesAgain_stillFindsTheUser() {
        preferences.save(alice.id(), PARIS_IN_KILOMETRES);

        assertThat(preferences.save(alice.id(), PARIS_IN_KILOMETRES)).isTrue();
        assertThat(preferences.findByUser(alice.id())).contains(PARIS_IN_KILOMETRES);
    }

    @Test
    void aMissingUser_hasNoPreferences_andSavingForThemStoresNothing() {
        UserId missing = new UserId(alice.id().value() + 1000);

        assertThat(preferences.save(missing, PARIS_IN_KILOMETRES)).isFalse();
        assertThat(preferences.findByUser(missing)).isEmpty();
    }

    @Test
    void aRemovedUsersPreferences_goWithThem() {
        preferences.save(alice.id(), PARIS_IN_KILOMETRES);

        repositories.users().remove(alice.id(), ExpectedVersion.any());

        assertThat(preferences.findByUser(alice.id())).isEmpty();
    }
}
