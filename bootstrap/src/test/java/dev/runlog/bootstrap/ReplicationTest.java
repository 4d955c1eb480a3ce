package dev.runlog.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads on a replica, writes on the primary, on two real MariaDB servers with GTID replication
 * between them ({@link ReplicatedMariaDb}). Which server ran a statement is read from each one's
 * general log: every request below filters by a mood no other request uses, and the mood is in
 * the SQL the server logs.
 */
@DirtiesContext // its servers stop after the class: no later test may be given its context
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "runlog.datasource.read-after-wait=500ms",
            "runlog.datasource.retry-after=1s",
            "runlog.admin.email=" + TestAdmin.EMAIL,
            "runlog.admin.password=" + TestAdmin.PASSWORD
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the two that break the replica run last
class ReplicationTest {

    private static final ReplicatedMariaDb servers = ReplicatedMariaDb.start();

    @LocalServerPort
    private int port;

    private Api api;
    private long alice;

    @DynamicPropertySource
    static void aPrimaryAndAReplica(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", servers::primaryUrl);
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        registry.add("runlog.datasource.replicas[0].url", servers::replicaUrl);
    }

    @AfterAll
    static void stopTheServers() throws Exception {
        servers.close();
    }

    @BeforeEach
    void aRunner() {
        api = Api.signedInAsAdmin(port);
        alice = api.registerUser("Alice " + System.nanoTime(), System.nanoTime() + "@example.com");
        servers.awaitReplicaCaughtUp(); // Alice is on the replica too
    }

    @Test
    void readsGoToTheReplica_andWritesToThePrimary() {
        long run = api.logRun(alice, 5.0, "Written");
        servers.awaitReplicaCaughtUp();

        Api.Response read = api.get("/api/users/" + alice + "/runs?mood=Written");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("items").get(0).get("id").asLong()).isEqualTo(run);
        assertThat(servers.replicaRan("'Written'")).hasSize(1); // the select
        assertThat(servers.primaryRan("'Written'")).hasSize(1); // the insert, and only it
        assertThat(servers.primaryRan("'Written'").get(0)).startsWith("insert");
        // The replica applies the primary's rows itself; Runlog never sent it a write.
        assertThat(servers.replicaRan("insert"))
                .noneMatch(statement -> statement.strip().startsWith("insert"));
    }

    @Test
    void aClientThatSendsBackItsWritesPosition_readsItsWrite_evenFromALaggingReplica() {
        servers.holdReplicaBehind();
        try {
            Api.Response written = api.post("/api/users/" + alice + "/runs", "{\"distance\": 3.1, \"mood\": \"Lag\"}");
            String position = written.header(CausalReads.HEADER);
            assertThat(position).matches("\\d+-\\d+-\\d+(,\\d+-\\d+-\\d+)*");

            // Without the position the replica answers, and it has not applied the write yet.
            Api.Response stale = api.get("/api/users/" + alice + "/runs?mood=Lag");
            assertThat(stale.status()).isEqualTo(200);
            assertThat(stale.json().get("items")).isEmpty();

            // With it, the replica is given half a second to catch up, then the primary answers.
            Api.Response own = readAfter(position, "/api/users/" + alice + "/runs?mood=Lag");
            assertThat(own.status()).isEqualTo(200);
            assertThat(own.json().get("items")).hasSize(1);
            assertThat(servers.replicaRan("master_gtid_wait('" + position + "'"))
                    .hasSize(1);
            assertThat(servers.primaryRan("'Lag'")).hasSize(2); // the insert, then the read
        } finally {
            servers.letReplicaCatchUp();
        }

        // Caught up, the replica serves the same read itself.
        String position = api.post("/api/users/" + alice + "/runs", "{\"distance\": 3.2, \"mood\": \"Caught\"}")
                .header(CausalReads.HEADER);
        servers.awaitReplicaCaughtUp(); // so that the half second is not what is tested
        Api.Response own = readAfter(position, "/api/users/" + alice + "/runs?mood=Caught");
        assertThat(own.json().get("items")).hasSize(1);
        assertThat(servers.replicaRan("'Caught'")).hasSize(1);
        assertThat(servers.primaryRan("'Caught'")).hasSize(1); // the insert alone
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aStoppedReplica_sendsReadsToThePrimary_withNoErrorAnswer_andGetsThemBackWhenItReturns() throws Exception {
        api.logRun(alice, 4.0, "Down");
        servers.awaitReplicaCaughtUp();
        servers.stopReplica();
        try {
            for (int i = 0; i < 5; i++) {
                Api.Response read = api.get("/api/users/" + alice + "/runs?mood=Down");
                assertThat(read.status()).isEqualTo(200);
                assertThat(read.json().get("items")).hasSize(1);
            }
            assertThat(servers.primaryRan("'Down'")).hasSize(1 + 5); // the insert, and every read
        } finally {
            servers.startReplica();
        }

        // Once it is back and its second of being left alone is over, reads go to it again.
        awaitReadsOnTheReplica("Down");
    }

    /** Reads with this mood, every answer a 200, until the replica's general log shows one. */
    private void awaitReadsOnTheReplica(String mood) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (servers.replicaRan("'" + mood + "'").isEmpty() && Instant.now().isBefore(giveUp)) {
            assertThat(api.get("/api/users/" + alice + "/runs?mood=" + mood).status())
                    .isEqualTo(200);
            Thread.sleep(200);
        }
        assertThat(servers.replicaRan("'" + mood + "'")).isNotEmpty();
    }

    @Test
    @Order(Integer.MAX_VALUE - 1) // the dead connections it leaves in the pool send a read or two to the primary
    void aReplicaThatDropsItsConnectionsUnderReads_costsNoErrorAnswer() throws Exception {
        api.logRun(alice, 6.0, "Cut");
        servers.awaitReplicaCaughtUp();

        for (int i = 0; i < 10; i++) {
            Api.Response read = api.get("/api/users/" + alice + "/runs?mood=Cut");
            // The pool hands out a connection used less than half a second ago without checking it.
            servers.cutReplicasConnections();
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("items")).hasSize(1);
        }
        awaitReadsOnTheReplica("Cut"); // and back to the replica
    }

    @Test
    void eachPool_isMeasured_underItsOwnName() {
        assertThat(api.get("/api/users/" + alice).status()).isEqualTo(200); // the replica's pool starts on first use
        PrometheusScrape metrics =
                PrometheusScrape.of(api.get("/actuator/prometheus").body());

        assertThat(metrics.value("hikaricp_connections_max", "pool", "primary")).isEqualTo(5);
        assertThat(metrics.value("hikaricp_connections_max", "pool", "replica-1"))
                .isEqualTo(5);
    }

    private Api.Response readAfter(String position, String path) {
        return api.send("GET", path, null, null, CausalReads.HEADER, position);
    }
}
