package dev.runlog.domain.testing;

import dev.runlog.domain.model.access.Credentials;
import dev.runlog.domain.model.shared.ExpectedVersion;
import dev.runlog.domain.model.user.Email;
import dev.runlog.domain.model.user.Role;
import dev.runlog.domain.model.user.User;
import dev.runlog.domain.model.user.UserId;
import dev.runlog.domain.model.user.UserNotFoundException;
import dev.runlog.domain.port.out.CredentialRepository;
import dev.runlog.domain.port.out.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.runlog.domain.testing.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link CredentialRepository} must do, whatever it stores credentials in: they belong
 * to users, so they are found by the user's email as it is now and go when the user goes. An
 * adapter proves it keeps the contract by extending this class; the in-memory and the MariaDB
 * adapters both do.
 */
public abstract class CredentialRepositoryContractTest {

    /** The shape of hash a real hasher writes: a PHC string, with its $ and base64. */
    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

    private static final String ISSUER = "https://accounts.example.com";
    private static final String SUBJECT = "248289761001";

    protected UserRepository users;
    protected CredentialRepository credentials;

    /** The repositories over one store that holds nothing yet. */
    protected abstract Repositories emptyRepositories();

    @BeforeEach
    void startEmpty() {
        Repositories repositories = emptyRepositories();
        users = repositories.users();
        credentials = repositories.credentials();
    }

    @Test
    void aNewUser_isARunner_withoutAPassword() {
        User alice = users.add(aUser().details());

        assertThat(credentials.findByUser(alice.id()))
                .contains(new Credentials(alice.id(), Role.RUNNER, Optional.empty()));
    }

    @Test
    void aUser_isFoundByTheirEmail_inAnyCase() {
        User alice = users.add(aUser().withEmail("Alice@Example.com").details());
        User zoe = users.add(aUser().withEmail("zoë@例え.jp").details());

        assertThat(userFoundBy("Alice@Example.com")).contains(alice.id());
        assertThat(userFoundBy("aLICE@example.COM")).contains(alice.id());
        assertThat(userFoundBy("ZOË@例え.JP")).contains(zoe.id());
    }

    @Test
    void anEmailNoUserHas_findsNothing_notEvenOneThatIsAlike() {
        users.add(aUser().withEmail("alice@example.com").details());

        assertThat(userFoundBy("bob@example.com")).isEmpty();
        assertThat(userFoundBy("alice@example.co")).isEmpty();
        assertThat(userFoundBy("alice@example.com ")).as("a trailing space").isEmpty();
        assertThat(userFoundBy("alicé@example.com")).as("an accent").isEmpty();
    }

    @Test
    void aUserIsFoundByTheEmailTheyHaveNow() {
        User alice = users.add(aUser().withEmail("alice@example.com").details());

        users.update(alice.id(), aUser().withEmail("alice@wonderland.org").details(), ExpectedVersion.any());

        assertThat(userFoundBy("alice@wonderland.org")).contains(alice.id());
        assertThat(userFoundBy("alice@example.com")).isEmpty();
    }

    @Test
    void anUnknownUser_hasNoCredentials_andNothingCanBeSetForThem() {
        UserId unknown = new UserId(Long.MAX_VALUE);

        assertThat(credentials.findByUser(unknown)).isEmpty();
        assertThat(credentials.setPasswordHash(unknown, HASH)).isFalse();
        assertThat(credentials.setRole(unknown, Role.ADMIN)).isFalse();
    }

    @Test
    void aPasswordHash_isStoredExactly_andReadByEmailAndByUser() {
        User alice = users.add(aUser().withEmail("alice@example.com").details());

        assertThat(credentials.setPasswordHash(alice.id(), HASH)).isTrue();

        Credentials expected = new Credentials(alice.id(), Role.RUNNER, Optional.of(HASH));
        assertThat(credentials.findByUser(alice.id())).contains(expected);
        assertThat(credentials.findByEmail(new Email("ALICE@example.com"))).contains(expected);
    }

    @Test
    void aNewPasswordHash_replacesTheOld_forThatUserOnly() {
        User alice = users.add(aUser().details());
        User bob = users.add(aUser().details());
        credentials.setPasswordHash(alice.id(), "first " + HASH);
        credentials.setPasswordHash(bob.id(), "bob's " + HASH);

        credentials.setPasswordHash(alice.id(), HASH);

        assertThat(passwordHashOf(alice.id())).contains(HASH);
        assertThat(passwordHashOf(bob.id())).contains("bob's " + HASH);
    }

    @Test
    void aRole_isStored_forThatUserOnly_andCanBeTakenBack() {
        User alice = users.add(aUser().details());
        User bob = users.add(aUser().details());

        assertThat(credentials.setRole(alice.id(), Role.ADMIN)).isTrue();
        assertThat(roleOf(alice.id())).contains(Role.ADMIN);
        assertThat(roleOf(bob.id())).contains(Role.RUNNER);

        assertThat(credentials.setRole(alice.id(), Role.RUNNER)).isTrue();
        assertThat(roleOf(alice.id())).contains(Role.RUNNER);
    }

    @Test
    void settingWhatIsSetAlready_stillFindsTheUser() {
        User alice = users.add(aUser().details());
        credentials.setPasswordHash(alice.id(), HASH);
        credentials.setRole(alice.id(), Role.ADMIN);

        // A store that counts only rows it changed would say "no such user" here.
        assertThat(credentials.setPasswordHash(alice.id(), HASH)).isTrue();
        assertThat(credentials.setRole(alice.id(), Role.ADMIN)).isTrue();
        assertThat(credentials.setRole(users.add(aUser().details()).id(), Role.RUNNER))
                .as("a new user's role, which is RUNNER already")
                .isTrue();
    }

    @Test
    void anExternalIdentity_onceLinked_findsItsUsersCredentials() {
        User alice = users.add(aUser().details());
        credentials.setPasswordHash(alice.id(), HASH);
        credentials.setRole(alice.id(), Role.ADMIN);

        credentials.linkExternalIdentity(alice.id(), ISSUER, SUBJECT);

        assertThat(credentials.findByExternalIdentity(ISSUER, SUBJECT))
                .contains(new Credentials(alice.id(), Role.ADMIN, Optional.of(HASH)));
    }

    @Test
    void anExternalIdentity_isComparedExactly_issuerAndSubjectBoth() {
        User alice = users.add(aUser().details());
        credentials.linkExternalIdentity(alice.id(), ISSUER, "AbC");

        assertThat(credentials.findByExternalIdentity(ISSUER, "AbC")).isPresent();
        assertThat(credentials.findByExternalIdentity(ISSUER, "abc"))
                .as("another case")
                .isEmpty();
        assertThat(credentials.findByExternalIdentity(ISSUER, "AbC "))
                .as("a trailing space")
                .isEmpty();
        assertThat(credentials.findByExternalIdentity(ISSUER + "/", "AbC"))
                .as("another issuer")
                .isEmpty();
        assertThat(credentials.findByExternalIdentity("https://other.example.com", "AbC"))
                .isEmpty();
    }

    @Test
    void oneUser_mayHaveManyExternalIdentities_andTheSameSubjectAtAnotherIssuerIsAnotherOne() {
        User alice = users.add(aUser().details());
        User bob = users.add(aUser().details());

        credentials.linkExternalIdentity(alice.id(), ISSUER, SUBJECT);
        credentials.linkExternalIdentity(alice.id(), ISSUER, "another subject");
        credentials.linkExternalIdentity(bob.id(), "https://other.example.com", SUBJECT);

        assertThat(userLinkedTo(ISSUER, SUBJECT)).contains(alice.id());
        assertThat(userLinkedTo(ISSUER, "another subject")).contains(alice.id());
        assertThat(userLinkedTo("https://other.example.com", SUBJECT)).contains(bob.id());
    }

    @Test
    void anExternalIdentity_isOneUsersAtATime_theLastLinked() {
        User alice = users.add(aUser().details());
        User bob = users.add(aUser().details());
        credentials.linkExternalIdentity(alice.id(), ISSUER, SUBJECT);

        credentials.linkExternalIdentity(alice.id(), ISSUER, SUBJECT);
        assertThat(userLinkedTo(ISSUER, SUBJECT))
                .as("linked again to the same user")
                .contains(alice.id());

        credentials.linkExternalIdentity(bob.id(), ISSUER, SUBJECT);
        assertThat(userLinkedTo(ISSUER, SUBJECT)).as("linked to another user").contains(bob.id());
    }

    @Test
    void identifiersAsLongAsProvidersMakeThem_roundTrip() {
        User alice = users.add(aUser().details());
        // OpenID Connect: a subject is at most 255 ASCII characters; an issuer is an https URL.
        String subject = "s".repeat(255);
        String issuer = "https://login.example.com/" + "t".repeat(200);

        credentials.linkExternalIdentity(alice.id(), issuer, subject);

        assertThat(userLinkedTo(issuer, subject)).contains(alice.id());
    }

    @Test
    void linkingAnUnknownUser_isReportedAsUserNotFound_andLinksNothing() {
        assertThatThrownBy(() -> credentials.linkExternalIdentity(new UserId(Long.MAX_VALUE), ISSUER, SUBJECT))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(credentials.findByExternalIdentity(ISSUER, SUBJECT)).isEmpty();
    }

    @Test
    void removingAUser_removesTheirCredentialsAndLinks_andLeavesOthersAlone() {
        User alice = users.add(aUser().withEmail("alice@example.com").details());
        User bob = users.add(aUser().details());
        credentials.setPasswordHash(alice.id(), HASH);
        credentials.setRole(alice.id(), Role.ADMIN);
        credentials.linkExternalIdentity(alice.id(), ISSUER, SUBJECT);
        credentials.linkExternalIdentity(bob.id(), ISSUER, "bob");

        users.remove(alice.id(), ExpectedVersion.any());

        assertThat(credentials.findByUser(alice.id())).isEmpty();
        assertThat(userFoundBy("alice@example.com")).isEmpty();
        assertThat(credentials.findByExternalIdentity(ISSUER, SUBJECT)).isEmpty();
        assertThat(userLinkedTo(ISSUER, "bob")).contains(bob.id());
    }

    @Test
    void aNewUserWithTheEmailOfARemovedOne_inheritsNothingOfTheirs() {
        User alice = users.add(aUser().withEmail("alice@example.com").details());
        credentials.setPasswordHash(alice.id(), HASH);
        credentials.setRole(alice.id(), Role.ADMIN);
        users.remove(alice.id(), ExpectedVersion.any());

        User newcomer = users.add(aUser().withEmail("alice@example.com").details());

        assertThat(credentials.findByEmail(new Email("alice@example.com")))
                .contains(new Credentials(newcomer.id(), Role.RUNNER, Optional.empty()));
    }

    private Optional<UserId> userFoundBy(String email) {
        return credentials.findByEmail(new Email(email)).map(Credentials::user);
    }

    private Optional<UserId> userLinkedTo(String issuer, String subject) {
        return credentials.findByExternalIdentity(issuer, subject).map(Credentials::user);
    }

    private Optional<String> passwordHashOf(UserId user) {
        return credentials.findByUser(user).flatMap(Credentials::passwordHash);
    }

    private Optional<Role> roleOf(UserId user) {
        return credentials.findByUser(user).map(Credentials::role);
    }
}
