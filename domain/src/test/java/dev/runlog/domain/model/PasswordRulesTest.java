package dev.runlog.domain.model;

import dev.runlog.domain.model.user.Password;
import dev.runlog.domain.model.user.UserDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static dev.runlog.domain.model.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules for a new password. */
class PasswordRulesTest {

    private static final UserDetails ALICE = UserDetails.of("alice runs far", "alice@example.com");

    @Test
    void aPasswordOfTenCharacters_isAccepted() {
        assertThat(Password.chosen("password", "tenletters", ALICE).reveal()).isEqualTo("tenletters");
    }

    @Test
    void aPasswordOfNineCharacters_isRejected() {
        assertRejected("password", () -> Password.chosen("password", "nineleter", ALICE));
    }

    @Test
    void aPasswordOf128Characters_isAccepted_andOf129Rejected() {
        assertThat(Password.chosen("password", "p".repeat(127) + "!", ALICE).reveal())
                .hasSize(128);
        assertRejected("password", () -> Password.chosen("password", "p".repeat(128) + "!", ALICE));
    }

    @Test
    void lengthIsCountedInCharacters_soAnyScriptCountsTheSame() {
        String tenRunners = "🏃".repeat(10); // 20 Java chars, 10 characters
        assertThat(Password.chosen("password", tenRunners, ALICE).reveal()).isEqualTo(tenRunners);
        assertRejected("password", () -> Password.chosen("password", "🏃".repeat(9), ALICE));
    }

    @Test
    void theEmailOrTheUsername_isRejected_inAnyCase() {
        assertRejected("password", () -> Password.chosen("password", "Alice@Example.com", ALICE));
        assertRejected("password", () -> Password.chosen("password", "ALICE RUNS FAR", ALICE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "qwertyuiop", "password123", "Password123", "1q2w3e4r5t"})
    void aCommonPassword_isRejected(String common) {
        assertRejected("password", () -> Password.chosen("password", common, ALICE));
    }

    @Test
    void theShippedListOfCommonPasswords_holdsAtLeastTheThousandMostCommon() throws Exception {
        try (var list = Password.class.getResourceAsStream("common-passwords.txt")) {
            String[] passwords = new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            assertThat(passwords).hasSizeGreaterThanOrEqualTo(1_000).startsWith("123456", "password");
        }
    }

    @Test
    void theErrorNamesTheFieldThePasswordCameIn() {
        assertRejected("newPassword", () -> Password.chosen("newPassword", "short", ALICE));
        assertRejected("newPassword", () -> Password.chosen("newPassword", null, ALICE));
    }

    @Test
    void aPassword_isNeverShown() {
        assertThat(Password.chosen("password", "a secret that is long", ALICE).toString())
                .doesNotContain("secret");
    }
}
