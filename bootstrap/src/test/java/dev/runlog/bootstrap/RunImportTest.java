package dev.runlog.bootstrap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.runlog.bootstrap.ProblemAssertions.assertProblem;
import static dev.runlog.bootstrap.ProblemAssertions.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/users/{id}/runs/batch: many runs imported at once, all or none. */
class RunImportTest extends RunningAppTest {

    @Test
    void anArrayOfRuns_isStored_andAnsweredWithTheNewRunsInTheOrderSent() {
        long alice = api.registerUser("Alice", "alice@example.com");
        LocalDate before = LocalDate.now();

        Api.Response response = api.post("/api/users/" + alice + "/runs/batch", """
                [{"distance": 26.2, "mood": "Proud", "date": "2026-10-04", "duration": "PT3H30M"},
                 {"distance": 3.1},
                 {"distance": 5.2, "mood": "Happy", "date": "2026-10-06"}]""");

        assertThat(response.status()).isEqualTo(201);
        JsonNode runs = response.json();
        assertThat(runs).hasSize(3);
        assertThat(runs.get(0).get("distance").asDouble()).isEqualTo(26.2);
        assertThat(runs.get(0).get("pace").asString()).isEqualTo("PT8M1S");
        assertThat(LocalDate.parse(runs.get(1).get("date").asString())).isBetween(before, LocalDate.now());
        assertThat(runs.get(2).get("mood").asString()).isEqualTo("Happy");
        List<Long> ids = new ArrayList<>();
        runs.forEach(run -> ids.add(run.get("id").asLong()));
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        for (JsonNode run : runs) {
            JsonNode stored = api.get("/api/runs/" + run.get("id").asLong()).json();
            assertThat(stored.get("distance")).isEqualTo(run.get("distance"));
            assertThat(stored.get("date")).isEqualTo(run.get("date"));
        }
    }

    @Test
    void tenThousandRuns_areImportedInOneRequest() {
        long alice = api.registerUser("Alice", "alice@example.com");

        Api.Response response = api.post("/api/users/" + alice + "/runs/batch", runsJson(10_000));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json()).hasSize(10_000);
        assertThat(storedRuns()).isEqualTo(10_000);
    }

    @Test
    void anyBadElement_rejectsTheWholeArray_listingEveryBadIndexAndField_andNothingIsStored() {
        long alice = api.registerUser("Alice", "alice@example.com");

        Api.Response response = api.post("/api/users/" + alice + "/runs/batch", """
                [{"distance": 5.2},
                 {"distance": -1, "mood": " "},
                 {"distance": 3.1},
                 {"distance": 3.1, "date": "24/11/2026"},
                 null]""");

        assertValidationProblem(response, "[1].distance", "[1].mood", "[3].date", "[4]");
        assertThat(storedRuns()).isZero();
    }

    @Test
    void anElementWithAValueOfTheWrongJsonType_isNamedByItsPath_andNothingIsStored() {
        long alice = api.registerUser("Alice", "alice@example.com");

        Api.Response response =
                api.post("/api/users/" + alice + "/runs/batch", "[{\"distance\": 5.2}, {\"distance\": \"far\"}]");

        assertValidationProblem(response, "[1].distance");
        assertThat(storedRuns()).isZero();
    }

    @Test
    void anEmptyArray_andOneOfMoreThan10000Runs_areRejected() {
        long alice = api.registerUser("Alice", "alice@example.com");

        assertValidationProblem(api.post("/api/users/" + alice + "/runs/batch", "[]"), "runs");
        assertValidationProblem(api.post("/api/users/" + alice + "/runs/batch", runsJson(10_001)), "runs");
        assertThat(storedRuns()).isZero();
    }

    @Test
    void importingForAnUnknownUser_isNotFound_andStoresNothing() {
        Api.Response response = api.post("/api/users/999999/runs/batch", runsJson(3));

        assertThat(assertProblem(response, 404).get("type").asString()).isEqualTo("urn:runlog:problem:user-not-found");
        assertThat(storedRuns()).isZero();
    }

    /** An array of this many small, valid runs. */
    private static String runsJson(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "{\"distance\":" + (1 + i % 20)
                        + ",\"mood\":\"Happy\",\"date\":\"2026-11-24\",\"duration\":\"PT30M\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
