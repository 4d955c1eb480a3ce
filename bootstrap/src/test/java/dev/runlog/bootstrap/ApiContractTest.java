package dev.runlog.bootstrap;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static dev.runlog.bootstrap.ProblemAssertions.assertProblem;
import static dev.runlog.bootstrap.ProblemAssertions.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of the REST contract, every status it promises, over real HTTP on real MariaDB.
 * Every rejected request is also shown to change nothing in the database.
 */
class ApiContractTest extends RunningAppTest {

    @Nested
    class RegisterUser {

        @Test
        void returns201_withLocationAndTheUser() {
            Api.Response response =
                    api.post("/api/users", "{\"username\": \"Alice\", \"email\": \"alice@example.com\"}");

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.contentType()).isEqualTo("application/json");
            JsonNode user = response.json();
            assertThat(response.header("Location"))
                    .isEqualTo("/api/users/" + user.get("id").asLong());
            assertThat(user.get("username").asString()).isEqualTo("Alice");
            assertThat(user.get("email").asString()).isEqualTo("alice@example.com");
            assertThat(user.properties())
                    .extracting(java.util.Map.Entry::getKey)
                    .containsExactly("id", "username", "email");
        }

        @Test
        void returns400_listingEveryBadField_andStoresNothing() {
            Api.Response response = api.post("/api/users", "{\"username\": \"   \", \"email\": \"not-an-address\"}");

            JsonNode problem = assertValidationProblem(response, "username", "email");
            assertThat(problem.get("type").asString()).isEqualTo("urn:runlog:problem:validation");
            assertThat(storedUsers()).isZero();
        }

        @Test
        void returns400_forMissingFields() {
            assertValidationProblem(api.post("/api/users", "{}"), "username", "email");
        }

        @Test
        void returns400_forAUsernameOver80Characters() {
            String tooLong = "a".repeat(81);
            assertValidationProblem(
                    api.post("/api/users", "{\"username\": \"" + tooLong + "\", \"email\": \"a@example.com\"}"),
                    "username");
            assertThat(storedUsers()).isZero();
        }

        @ParameterizedTest
        @ValueSource(strings = {"{\"username\": ", "not json", "", "[1, 2]"})
        void returns400_forMalformedJson(String body) {
            JsonNode problem = assertProblem(api.post("/api/users", body), 400);
            assertThat(problem.get("type").asString()).isEqualTo("urn:runlog:problem:malformed-request");
            assertThat(storedUsers()).isZero();
        }

        @Test
        void returns400_forAValueOfTheWrongType_namingTheField() {
            Api.Response response =
                    api.post("/api/users", "{\"username\": {\"first\": \"A\"}, \"email\": \"a@example.com\"}");

            assertThat(assertProblem(response, 400)
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asString())
                    .isEqualTo("username");
        }

        @Test
        void returns409_forAnEmailTakenInAnyCase_andStoresNothing() {
            api.registerUser("Alice", "alice@example.com");

            JsonNode problem = assertProblem(
                    api.post("/api/users", "{\"username\": \"Alice 2\", \"email\": \"ALICE@EXAMPLE.COM\"}"), 409);

            assertThat(problem.get("type").asString()).isEqualTo("urn:runlog:problem:email-taken");
            assertThat(storedUsers()).isEqualTo(1);
        }

        @Test
        void returns415_forABodyThatIsNotJson() {
            assertProblem(api.send("POST", "/api/users", "text/plain", "username=Alice"), 415);
            assertThat(storedUsers()).isZero();
        }
    }

    @Nested
    class ListUsers {

        @Test
        void returns200_withAPage_andNoNextOnTheLastPage() {
            api.registerUser("Alice", "alice@example.com");

            // The admin the test signs in as is on their own list: start after them.
            Api.Response response = api.get("/api/users?after=" + adminId());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("items")).hasSize(1);
            assertThat(response.json().get("next").isNull()).isTrue();
            assertThat(response.header("Link")).isNull();
        }

        @Test
        void followingNextUntilNull_visitsEveryUserOnce_inIdOrder() {
            List<Long> registered = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                registered.add(api.registerUser("User " + i, "user" + i + "@example.com"));
            }

            List<Long> visited = new ArrayList<>();
            String next = "/api/users?after=" + adminId() + "&limit=3"; // after the tests' admin
            int pages = 0;
            while (next != null) {
                Api.Response page = api.get(next);
                assertThat(page.status()).isEqualTo(200);
                page.json()
                        .get("items")
                        .forEach(user -> visited.add(user.get("id").asLong()));
                JsonNode nextNode = page.json().get("next");
                next = nextNode.isNull() ? null : nextNode.asString();
                assertThat(page.header("Link")).isEqualTo(next == null ? null : "<" + next + ">; rel=\"next\"");
                pages++;
            }

            assertThat(visited).containsExactlyElementsOf(registered);
            assertThat(pages).isEqualTo(3);
        }

        @Test
        void nextKeepsTheLimit_andPointsAfterTheLastId() {
            long first = api.registerUser("A", "a@example.com");
            api.registerUser("B", "b@example.com");

            assertThat(api.get("/api/users?after=" + adminId() + "&limit=1")
                            .json()
                            .get("next")
                            .asString())
                    .isEqualTo("/api/users?after=" + first + "&limit=1");
        }

        @ParameterizedTest
        @ValueSource(strings = {"limit=0", "limit=101", "limit=abc", "after=-1", "after=x"})
        void returns400_forABadQueryParameter(String query) {
            assertProblem(api.get("/api/users?" + query), 400);
        }
    }

    @Nested
    class GetUser {

        @Test
        void returns200_withTheUsersRuns_inIdOrder() {
            long alice = api.registerUser("Alice", "alice@example.com");
            long first = api.logRun(alice, 5.2, "Happy");
            long second = api.logRun(alice, 3.1, null);

            JsonNode user = api.get("/api/users/" + alice).json();

            assertThat(user.get("runs")).hasSize(2);
            assertThat(user.get("runs").get(0).get("id").asLong()).isEqualTo(first);
            assertThat(user.get("runs").get(1).get("id").asLong()).isEqualTo(second);
            assertThat(user.get("runs").get(1).get("mood").isNull()).isTrue();
        }

        @Test
        void returns200_withAnEmptyList_forAUserWithoutRuns() {
            long alice = api.registerUser("Alice", "alice@example.com");

            assertThat(api.get("/api/users/" + alice).json().get("runs")).isEmpty();
        }

        @Test
        void returns404_forAnUnknownUser() {
            JsonNode problem = assertProblem(api.get("/api/users/424242"), 404);
            assertThat(problem.get("type").asString()).isEqualTo("urn:runlog:problem:user-not-found");
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "1.5", "9223372036854775808"})
        void returns400_forAnIdThatIsNotAWholeNumber(String id) {
            assertProblem(api.get("/api/users/" + id), 400);
        }
    }

    @Nested
    class UpdateUser {

        @Test
        void returns200_withTheChangedUser() {
            long alice = api.registerUser("Alice", "alice@example.com");

            Api.Response response =
                    api.put("/api/users/" + alice, "{\"username\": \"Alice L.\", \"email\": \"al@example.com\"}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("username").asString()).isEqualTo("Alice L.");
            assertThat(api.get("/api/users/" + alice).json().get("email").asString())
                    .isEqualTo("al@example.com");
        }

        @Test
        void returns400_andChangesNothing() {
            long alice = api.registerUser("Alice", "alice@example.com");

            assertValidationProblem(
                    api.put("/api/users/" + alice, "{\"username\": \"\", \"email\": \"al@example.com\"}"), "username");
            assertThat(api.get("/api/users/" + alice).json().get("email").asString())
                    .isEqualTo("alice@example.com");
        }

        @Test
        void returns404_forAnUnknownUser() {
            assertProblem(api.put("/api/users/424242", "{\"username\": \"X\", \"email\": \"x@example.com\"}"), 404);
            assertThat(storedUsers()).isZero();
        }

        @Test
        void returns409_forAnotherUsersEmail_andChangesNothing() {
            api.registerUser("Alice", "alice@example.com");
            long bob = api.registerUser("Bob", "bob@example.com");

            assertProblem(
                    api.put("/api/users/" + bob, "{\"username\": \"Bob\", \"email\": \"Alice@Example.com\"}"), 409);
            assertThat(api.get("/api/users/" + bob).json().get("email").asString())
                    .isEqualTo("bob@example.com");
        }
    }

    @Nested
    class DeleteUser {

        @Test
        void returns204_andTheUsersRunsGoToo() {
            long alice = api.registerUser("Alice", "alice@example.com");
            long run = api.logRun(alice, 5.2, "Happy");

            Api.Response response = api.delete("/api/users/" + alice);

            assertThat(response.status()).isEqualTo(204);
            assertThat(response.body()).isEmpty();
            assertProblem(api.get("/api/users/" + alice), 404);
            assertProblem(api.get("/api/runs/" + run), 404);
            assertThat(storedRuns()).isZero();
        }

        @Test
        void returns404_forAnUnknownUser() {
            assertProblem(api.delete("/api/users/424242"), 404);
        }
    }

    @Nested
    class LogRun {

        @Test
        void returns201_withLocationAndTheRun() {
            long alice = api.registerUser("Alice", "alice@example.com");

            Api.Response response =
                    api.post("/api/users/" + alice + "/runs", "{\"distance\": 5.2, \"mood\": \"Happy\"}");

            assertThat(response.status()).isEqualTo(201);
            JsonNode run = response.json();
            assertThat(response.header("Location"))
                    .isEqualTo("/api/runs/" + run.get("id").asLong());
            assertThat(run.properties())
                    .extracting(java.util.Map.Entry::getKey)
                    .containsExactly(
                            "id", "distance", "unit", "mood", "date", "start", "zone", "duration", "pace", "userId");
            assertThat(run.get("distance").asDouble()).isEqualTo(5.2);
            assertThat(run.get("userId").asLong()).isEqualTo(alice);
        }

        @Test
        void returns201_withoutAMood() {
            long alice = api.registerUser("Alice", "alice@example.com");

            Api.Response response = api.post("/api/users/" + alice + "/runs", "{\"distance\": 3}");

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.json().get("mood").isNull()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "{}",
                    "{\"distance\": 0}",
                    "{\"distance\": -1}",
                    "{\"distance\": 1000.5}",
                    "{\"distance\": null, \"mood\": \"Happy\"}"
                })
        void returns400_forABadDistance_andStoresNothing(String body) {
            long alice = api.registerUser("Alice", "alice@example.com");

            assertValidationProblem(api.post("/api/users/" + alice + "/runs", body), "distance");
            assertThat(storedRuns()).isZero();
        }

        @Test
        void returns400_listingBothBadFields() {
            long alice = api.registerUser("Alice", "alice@example.com");
            String longMood = "x".repeat(51);

            assertValidationProblem(
                    api.post("/api/users/" + alice + "/runs", "{\"distance\": 0, \"mood\": \"" + longMood + "\"}"),
                    "distance",
                    "mood");
        }

        @Test
        void returns400_forADistanceThatIsNotANumber() {
            long alice = api.registerUser("Alice", "alice@example.com");

            JsonNode problem = assertProblem(api.post("/api/users/" + alice + "/runs", "{\"distance\": \"far\"}"), 400);
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("distance");
            assertThat(storedRuns()).isZero();
        }

        @Test
        void returns404_forAnUnknownUser_andStoresNothing() {
            assertProblem(api.post("/api/users/424242/runs", "{\"distance\": 5.2}"), 404);
            assertThat(storedRuns()).isZero();
        }
    }

    @Nested
    class ListUsersRuns {

        @Test
        void returns200_withOnlyThatUsersRuns_pagedByKeyset() {
            long alice = api.registerUser("Alice", "alice@example.com");
            long bob = api.registerUser("Bob", "bob@example.com");
            long first = api.logRun(alice, 1, null);
            api.logRun(bob, 2, null);
            long second = api.logRun(alice, 3, null);

            JsonNode page1 = api.get("/api/users/" + alice + "/runs?limit=1").json();
            assertThat(page1.get("items").get(0).get("id").asLong()).isEqualTo(first);
            assertThat(page1.get("next").asString())
                    .isEqualTo("/api/users/" + alice + "/runs?after=" + first + "&limit=1");

            JsonNode page2 = api.get(page1.get("next").asString()).json();
            assertThat(page2.get("items").get(0).get("id").asLong()).isEqualTo(second);
            assertThat(page2.get("next").isNull()).isTrue();
        }

        @Test
        void returns200_withNoItems_forAUserWithoutRuns() {
            long alice = api.registerUser("Alice", "alice@example.com");

            assertThat(api.get("/api/users/" + alice + "/runs").json().get("items"))
                    .isEmpty();
        }

        @Test
        void returns400_forABadLimit() {
            long alice = api.registerUser("Alice", "alice@example.com");
            assertValidationProblem(api.get("/api/users/" + alice + "/runs?limit=500"), "limit");
        }

        @Test
        void returns404_forAnUnknownUser() {
            assertProblem(api.get("/api/users/424242/runs"), 404);
        }
    }

    @Nested
    class ListAllRuns {

        @Test
        void returns200_withEveryUsersRuns_inIdOrder() {
            long alice = api.registerUser("Alice", "alice@example.com");
            long bob = api.registerUser("Bob", "bob@example.com");
            long first = api.logRun(alice, 1, null);
            long second = api.logRun(bob, 2, null);

            JsonNode items = api.get("/api/runs").json().get("items");

            assertThat(items).hasSize(2);
            assertThat(items.get(0).get("id").asLong()).isEqualTo(first);
            assertThat(items.get(1).get("id").asLong()).isEqualTo(second);
        }

        @Test
        void returns400_forABadQueryParameter() {
            assertValidationProblem(api.get("/api/runs?limit=0&after=-5"), "after", "limit");
        }
    }

    @Nested
    class GetRun {

        @Test
        void returns200_withTheRunsUser() {
            long alice = api.registerUser("Alice", "alice@example.com");
            long run = api.logRun(alice, 5.2, "Happy");

            JsonNode json = api.get("/api/runs/" + run).json();

            assertThat(json.get("user").get("id").asLong()).isEqualTo(alice);
            assertThat(json.get("user").get("email").asString()).isEqualTo("alice@example.com");
        }

        @Test
        void returns404_forAnUnknownRun() {
            JsonNode problem = assertProblem(api.get("/api/runs/424242"), 404);
            assertThat(problem.get("type").asString()).isEqualTo("urn:runlog:problem:run-not-found");
        }
    }

    @Nested
    class UpdateRun {

        @Test
        void returns200_withTheCorrectedRun_keepingItsUser() {
            long alice = api.registerUser("Alice", "alice@example.com");
            long run = api.logRun(alice, 5.2, "Happy");

            Api.Response response = api.put("/api/runs/" + run, "{\"distance\": 6.2}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("distance").asDouble()).isEqualTo(6.2);
            assertThat(response.json().get("mood").isNull()).isTrue();
            assertThat(response.json().get("userId").asLong()).isEqualTo(alice);
        }

        @Test
        void returns400_andChangesNothing() {
            long alice = api.registerUser("Alice", "alice@example.com");
            long run = api.logRun(alice, 5.2, "Happy");

            assertValidationProblem(api.put("/api/runs/" + run, "{\"distance\": -3}"), "distance");
            assertThat(api.get("/api/runs/" + run).json().get("distance").asDouble())
                    .isEqualTo(5.2);
        }

        @Test
        void returns404_forAnUnknownRun() {
            assertProblem(api.put("/api/runs/424242", "{\"distance\": 1}"), 404);
        }
    }

    @Nested
    class DeleteRun {

        @Test
        void returns204_andTheRunIsGone_butItsUserStays() {
            long alice = api.registerUser("Alice", "alice@example.com");
            long run = api.logRun(alice, 5.2, "Happy");

            assertThat(api.delete("/api/runs/" + run).status()).isEqualTo(204);
            assertProblem(api.get("/api/runs/" + run), 404);
            assertThat(api.get("/api/users/" + alice).status()).isEqualTo(200);
        }

        @Test
        void returns404_forAnUnknownRun() {
            assertProblem(api.delete("/api/runs/424242"), 404);
        }
    }

    @Nested
    class AnyOtherRequest {

        @Test
        void anUnknownPath_returns404Problem() {
            assertProblem(api.get("/api/nothing-here"), 404);
            assertProblem(api.get("/"), 404);
        }

        @Test
        void aWrongMethod_returns405Problem() {
            assertProblem(api.send("PATCH", "/api/users", "application/json", "{}"), 405);
            assertProblem(api.delete("/api/users"), 405);
        }
    }
}
