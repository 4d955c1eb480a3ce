package dev.runlog.domain.model;

import dev.runlog.domain.model.shared.Violation;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.UserDetails;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.Username;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.runlog.domain.model.InvalidValues.assertRejected;
import static dev.runlog.domain.model.InvalidValues.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class UserValuesTest {

    @Test
    void aUsernameOf80Characters_isAccepted() {
        assertThat(Username.of("a".repeat(80)).value()).hasSize(80);
    }

    @Test
    void aUsernameOf81Characters_isRejected() {
        assertRejected("username", () -> Username.of("a".repeat(81)));
    }

    @Test
    void aUsernameIsCountedInCharactersAsTheDatabaseCountsThem_soEmojiCountOnce() {
        String eightyRunners = "🏃".repeat(80); // 160 Java chars, 80 characters
        assertThat(Username.of(eightyRunners).value()).isEqualTo(eightyRunners);
        assertRejected("username", () -> Username.of(eightyRunners + "🏃"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void aMissingOrBlankUsername_isRejected(String blank) {
        assertRejected("username", () -> Username.of(blank));
    }

    @Test
    void aUsernameOfOneCharacter_isAccepted() {
        assertThat(Username.of("A").value()).isEqualTo("A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice@example.com", "a.b+tag@sub.example.org", "ALICE@EXAMPLE.COM", "josé@exämple.de"})
    void anAddressShapedEmail_isAccepted(String email) {
        assertThat(Email.of(email).value()).isEqualTo(email);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "alice",
                "alice@",
                "@example.com",
                "alice@example",
                "alice@@example.com",
                "alice @example.com",
                "alice@example.",
                "alice@.com"
            })
    void anEmailNotShapedLikeAnAddress_isRejected(String email) {
        assertRejected("email", () -> Email.of(email));
    }

    @Test
    void anEmailOf120Characters_isAccepted_and121_isRejected() {
        String domain = "@example.com"; // 12 characters
        assertThat(Email.of("a".repeat(108) + domain).value()).hasSize(120);
        assertRejected("email", () -> Email.of("a".repeat(109) + domain));
    }

    @Test
    void emailsThatDifferOnlyInCase_areTheSameAddress() {
        assertThat(Email.of("Alice@Example.com").isSameAddressAs(Email.of("alice@example.COM")))
                .isTrue();
        assertThat(Email.of("alice@example.com").isSameAddressAs(Email.of("bob@example.com")))
                .isFalse();
    }

    @Test
    void userDetails_reportEveryBadFieldAtOnce() {
        assertThat(violationsOf(() -> UserDetails.of(" ", "not-an-email")))
                .extracting(Violation::field, Violation::message)
                .containsExactly(
                        tuple("username", "username must not be blank."),
                        tuple("email", "email must look like an address, such as alice@example.com."));
    }

    @Test
    void userDetails_ofGoodValues_keepThemAsGiven() {
        UserDetails details = UserDetails.of("Alice", "alice@example.com");
        assertThat(details.username().value()).isEqualTo("Alice");
        assertThat(details.email().value()).isEqualTo("alice@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Al\u0000ice", "\u001b[31mAlice", "Ali\nce", "Alice\u007f", "Alice\ud800", "\udc00Alice"})
    void aUsernameWithControlCharactersOrBrokenUnicode_isRejected(String username) {
        assertRejected("username", () -> Username.of(username));
    }

    @Test
    void controlCharactersInAnEmail_areRejected_butEmojiAreFine() {
        assertRejected("email", () -> Email.of("al\u0000ice@example.com"));
        assertThat(Email.of("🏃@example.com").value()).isEqualTo("🏃@example.com");
    }

    @Test
    void idsArePositive() {
        assertThat(new UserId(1).value()).isEqualTo(1);
        assertThat(new UserId(Long.MAX_VALUE).value()).isEqualTo(Long.MAX_VALUE);
        assertRejected("id", () -> UserId.of(0));
        assertRejected("id", () -> UserId.of(-1));
    }
}
