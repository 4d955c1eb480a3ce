package dev.runlog.domain.model;

import dev.runlog.domain.model.user.Caller;
import dev.runlog.domain.model.user.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ownership rule: a runner's data is theirs alone; admins reach everyone's. */
class OwnershipTest {

    private static final UserId ALICE = new UserId(1);
    private static final UserId BOB = new UserId(2);

    @Test
    void aRunner_mayAccessTheirOwnData() {
        assertThat(Caller.runner(ALICE).mayAccess(ALICE)).isTrue();
    }

    @Test
    void aRunner_mayNotAccessAnotherRunnersData() {
        assertThat(Caller.runner(ALICE).mayAccess(BOB)).isFalse();
    }

    @Test
    void anAdmin_mayAccessEveryonesData() {
        assertThat(Caller.admin(ALICE).mayAccess(BOB)).isTrue();
        assertThat(Caller.admin(ALICE).mayAccess(ALICE)).isTrue();
    }

    @Test
    void onlyAnAdmin_isAnAdmin() {
        assertThat(Caller.admin(ALICE).isAdmin()).isTrue();
        assertThat(Caller.runner(ALICE).isAdmin()).isFalse();
    }
}
