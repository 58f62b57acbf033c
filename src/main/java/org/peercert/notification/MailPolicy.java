package org.peercert.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the outbox delivers: how often it looks, how it backs off, when it gives up. */
@ApplicationScoped
public class MailPolicy {

    @Inject
    @ConfigProperty(name = "peercert.mail.host")
    Optional<String> mailHost;

    @Inject
    @ConfigProperty(name = "peercert.outbox.poll-seconds", defaultValue = "10")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "peercert.outbox.retry-first-seconds", defaultValue = "30")
    int retryFirstSeconds;

    @Inject
    @ConfigProperty(name = "peercert.outbox.retry-max-seconds", defaultValue = "3600")
    int retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "peercert.outbox.max-attempts", defaultValue = "50")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "peercert.outbox.batch-size", defaultValue = "50")
    int batchSize;

    /** Without a mail host (PEERCERT_MAIL_HOST), mail is captured in the portal for the admin's mail page. */
    public boolean captureLocally() {
        return mailHost.map(String::isBlank).orElse(true);
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(pollSeconds);
    }

    public Duration retryFirst() {
        return Duration.ofSeconds(retryFirstSeconds);
    }

    public Duration retryMax() {
        return Duration.ofSeconds(retryMaxSeconds);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public int batchSize() {
        return batchSize;
    }
}
