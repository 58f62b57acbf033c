package org.peercert.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.peercert.platform.scheduling.Scheduling;

/** Ready while this node's scheduler runs (or is switched off on purpose, peercert.scheduler.enabled=false). */
@Readiness
@ApplicationScoped
public class SchedulerReadiness implements HealthCheck {

    static final String NAME = "scheduler";

    @Inject
    Scheduling scheduling;

    @Override
    public HealthCheckResponse call() {
        Optional<Boolean> running = scheduling.isRunning();
        if (running.isEmpty()) {
            return HealthCheckResponse.named(NAME).up().withData("enabled", false).build();
        }
        return HealthCheckResponse.named(NAME).status(running.get()).build();
    }
}
