package org.peercert.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the portal's database answers a trivial query within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final int QUERY_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/PeerCertDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.execute("SELECT 1");
            return HealthCheckResponse.up(NAME);
        } catch (SQLException | RuntimeException unavailable) {
            return HealthCheckResponse.named(NAME).down().withData("problem", unavailable.getClass().getSimpleName()).build();
        }
    }
}
