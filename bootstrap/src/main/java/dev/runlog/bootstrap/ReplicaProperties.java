package dev.runlog.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * MariaDB replicas of the primary named by {@code spring.datasource.url}, which serve the use
 * cases that only read ({@link ReplicaConfiguration}).
 *
 * @param replicas          each replica's JDBC URL, with a username and password if not the primary's
 * @param readAfterWait     how long a read waits for a replica to apply a client's own write
 *                          before it is served by the primary instead
 * @param connectionTimeout how long a read waits for a replica's connection before it is served by
 *                          the primary (a stopped replica costs this one read every {@code retryAfter})
 * @param retryAfter        how long a replica that could not be reached is left alone before it is tried again
 */
@ConfigurationProperties("runlog.datasource")
record ReplicaProperties(
        List<Replica> replicas,
        @DefaultValue("1s") Duration readAfterWait,
        @DefaultValue("500ms") Duration connectionTimeout,
        @DefaultValue("5s") Duration retryAfter) {

    ReplicaProperties {
        replicas = replicas == null ? List.of() : List.copyOf(replicas);
    }

    /** One replica; its username and password are the primary's unless set. */
    record Replica(String url, String username, String password) {

        @Override
        public String toString() {
            return "Replica[url=" + url + ", username=" + username + "]"; // never the password
        }
    }
}
