package dev.runlog.domain.model;

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
        assertThat(new Username("a".repeat(80)).value()).hasSize(80);
    }

    @Test
    void aUsernameOf81Characters_isRejected() {
        assertRejected("username", () -> new Username("a".repeat(81)));
    }

    @Test
    void aUsernameIsCountedInCharactersAsTheDatabaseCountsThem_soEmojiCountOnce() {
        String eightyRunners = "🏃".repeat(80); // 160 Java chars, 80 characters
        assertThat(new Username(eightyRunners).value()).isEqualTo(eightyRunners);
        assertRejected("username", () -> new Username(eightyRunners + "🏃"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void aMissingOrBlankUsername_isRejected(String blank) {
        assertRejected("username", () -> new Username(blank));
    }

    @Test
    void aUsernameOfOneCharacter_isAccepted() {
        assertThat(new Username("A").value()).isEqualTo("A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice@example.com", "a.b+tag@sub.example.org", "ALICE@EXAMPLE.COM", "josé@exämple.de"})
    void anAddressShapedEmail_isAccepted(String email) {
        assertThat(new Email(email).value()).isEqualTo(email);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "alice", "alice@", "@example.com", "alice@example", "alice@@example.com",
            "alice @example.com", "alice@example.", "alice@.com"})
    void anEmailNotShapedLikeAnAddress_isRejected(String email) {
        assertRejected("email", () -> new Email(email));
    }

    @Test
    void anEmailOf120Characters_isAccepted_and121_isRejected() {
        String domain = "@example.com"; // 12 characters
        assertThat(new Email("a".repeat(108) + domain).value()).hasSize(120);
        assertRejected("email", () -> new Email("a".repeat(109) + domain));
    }

    @Test
    void emailsThatDifferOnlyInCase_areTheSameAddress() {
        assertThat(new Email("Alice@Example.com").isSameAddressAs(new Email("alice@example.COM"))).isTrue();
        assertThat(new Email("alice@example.com").isSameAddressAs(new Email("bob@example.com"))).isFalse();
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
        assertRejected("username", () -> new Username(username));
    }

    @Test
    void controlCharactersInAnEmail_areRejected_butEmojiAreFine() {
        assertRejected("email", () -> new Email("al\u0000ice@example.com"));
        assertThat(new Email("🏃@example.com").value()).isEqualTo("🏃@example.com");
    }

    @Test
    void idsArePositive() {
        assertThat(new UserId(1).value()).isEqualTo(1);
        assertThat(new UserId(Long.MAX_VALUE).value()).isEqualTo(Long.MAX_VALUE);
        assertRejected("id", () -> new UserId(0));
        assertRejected("id", () -> new UserId(-1));
    }
}
