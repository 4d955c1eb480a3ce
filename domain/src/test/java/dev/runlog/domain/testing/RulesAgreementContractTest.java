package dev.runlog.domain.testing;

import dev.runlog.domain.model.run.Distance;
import dev.runlog.domain.model.run.Mood;
import dev.runlog.domain.model.run.Run;
import dev.runlog.domain.model.run.RunDetails;
import dev.runlog.domain.model.run.RunDuration;
import dev.runlog.domain.model.run.RunFilter;
import dev.runlog.domain.model.run.RunStats;
import dev.runlog.domain.model.shared.Page;
import dev.runlog.domain.model.shared.PageRequest;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.EmailAlreadyTakenException;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.Username;
import dev.runlog.domain.port.out.RunRepository;
import dev.runlog.domain.port.out.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Where a store computes one of the domain's rules itself (SQL sums the stats, compares moods and
 * emails ignoring case), it must agree with the domain's own definition: {@link RunStats#of},
 * {@link Mood#isSameMoodAs}, {@link Email#isSameAddressAs}. Checked on data generated from a
 * fixed seed, with the characters where "ignoring case" is easy to get wrong ({@code ß} and
 * {@code SS}, {@code É} and {@code é}, dotted and dotless i, the Kelvin and Ohm signs, a letter
 * outside the BMP) and the values only other apps store (0 or negative miles, empty and blank
 * moods, zero durations).
 */
public abstract class RulesAgreementContractTest {

    /** Change it to explore other data; a failure names the seed it ran with. */
    private static final long SEED = Long.getLong("runlog.rules.seed", 20261201L);

    private static final String[] LETTERS = {
        "a",
        "A",
        "s",
        "S",
        "ß",
        "ẞ",
        "e",
        "E",
        "é",
        "É",
        "i",
        "I",
        "ı",
        "İ",
        "k",
        "K",
        "\u212A",
        "ω",
        "Ω",
        "\u2126",
        "ǅ",
        "ǆ",
        "Ǆ",
        "ﬀ",
        "ff",
        " ",
        "😀",
        "\uD801\uDC00",
        "\uD801\uDC28"
    };
    private static final double[] DISTANCES = {0, -1.5, 0.1, 3, 5.2, 10, 13.1, 26.2, 1500};

    protected UserRepository users;
    protected RunRepository runs;
    private final Random random = new Random(SEED);

    /** A user repository and a run repository over one store that holds nothing yet. */
    protected abstract Repositories emptyRepositories();

    @BeforeEach
    void startEmpty() {
        Repositories repositories = emptyRepositories();
        users = repositories.users();
        runs = repositories.runs();
    }

    @Test
    void theStoresStats_areTheDomainsStatsOfTheSameRuns() {
        for (int round = 0; round < 20; round++) {
            User runner = users.add(UserTestData.aUser().details());
            List<Run> logged = new ArrayList<>();
            int count = random.nextInt(25);
            for (int i = 0; i < count; i++) {
                logged.add(runs.add(runner.id(), randomRun()));
            }

            RunStats stored =
                    RunStats.fromTallies(runs.talliesOfUser(runner.id()).orElseThrow());
            RunStats expected = RunStats.of(logged);

            String seed = "seed " + SEED + ", round " + round;
            assertThat(stored.runs()).as(seed).isEqualTo(expected.runs());
            assertThat(stored.totalMiles()).as(seed).isCloseTo(expected.totalMiles(), within(1e-9));
            assertThat(stored.averageMiles().isPresent())
                    .as(seed)
                    .isEqualTo(expected.averageMiles().isPresent());
            expected.averageMiles()
                    .ifPresent(average -> assertThat(stored.averageMiles().orElseThrow())
                            .as(seed)
                            .isCloseTo(average, within(1e-9)));
            assertThat(stored.longestMiles()).as(seed).isEqualTo(expected.longestMiles());
            assertThat(stored.bestPace()).as(seed).isEqualTo(expected.bestPace());
            assertThat(stored.moods()).as(seed).isEqualTo(expected.moods());
        }
    }

    @Test
    void theStoresMoodFilter_showsTheRunsTheDomainsFilterShows() {
        User runner = users.add(UserTestData.aUser().details());
        List<Run> logged = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            logged.add(runs.add(runner.id(), randomRun()));
        }
        for (int round = 0; round < 40; round++) {
            RunFilter filter = new RunFilter(Optional.empty(), Optional.empty(), Optional.of(new Mood(randomText())));

            Page<Run> shown = runs.findPageByUser(runner.id(), filter, new PageRequest(0, PageRequest.MAX_LIMIT));

            List<Run> expected = logged.stream()
                    .filter(filter::matches)
                    .limit(PageRequest.MAX_LIMIT)
                    .toList();
            assertThat(shown.items())
                    .as("seed " + SEED + ", mood '"
                            + filter.mood().orElseThrow().value() + "'")
                    .isEqualTo(expected);
        }
    }

    @Test
    void theStoreRefusesAnEmail_exactlyWhenTheDomainCallsItTheSameAsAStoredOne() {
        List<Email> stored = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Email email = new Email(randomText() + "@example.com");
            boolean taken = stored.stream().anyMatch(email::isSameAddressAs);

            boolean refused = false;
            try {
                users.add(new UserDetails(new Username("Runner"), email));
                stored.add(email);
            } catch (EmailAlreadyTakenException e) {
                refused = true;
            }

            assertThat(refused)
                    .as("seed " + SEED + ", " + email.value() + " after " + stored.size() + " addresses")
                    .isEqualTo(taken);
        }
    }

    /** A run as any app may have stored it, not only as Runlog checks new ones. */
    private RunDetails randomRun() {
        Optional<Mood> mood = random.nextInt(6) == 0 ? Optional.empty() : Optional.of(new Mood(randomText()));
        double miles = random.nextBoolean() ? DISTANCES[random.nextInt(DISTANCES.length)] : random.nextDouble() * 30;
        Optional<RunDuration> duration = random.nextInt(3) == 0
                ? Optional.empty()
                : Optional.of(RunDuration.ofSeconds(random.nextInt(4) == 0 ? 0 : random.nextInt(20_000)));
        return new RunDetails(new Distance(miles), mood, Optional.empty(), duration);
    }

    /**
     * Up to three of the letters that make "ignoring case" hard, Deseret's 𐐀 and 𐐨 outside the
     * BMP among them; sometimes only spaces, sometimes nothing, as the tutorial's app stores.
     */
    private String randomText() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(4);
        for (int i = 0; i < length; i++) {
            text.append(LETTERS[random.nextInt(LETTERS.length)]);
        }
        return text.toString();
    }
}
