package org.peercert.background.exclusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** R-BG-3: where list files are picked up, how often, when everyone is re-screened, how many bad lines a list may have. */
@ApplicationScoped
public class ExclusionPolicy {

    @Inject
    @ConfigProperty(name = "peercert.exclusion.inbox-dir")
    Optional<String> inboxDir;

    @Inject
    @ConfigProperty(name = "peercert.exclusion.folder-poll-seconds", defaultValue = "300")
    int folderPollSeconds;

    /** Quartz cron, in UTC: by default 03:00 on the first day of each month. */
    @Inject
    @ConfigProperty(name = "peercert.exclusion.rescreen-cron", defaultValue = "0 0 3 1 * ?")
    String rescreenCron;

    /** A file with more rejected lines than this share is not put in force (the list in force stays). */
    @Inject
    @ConfigProperty(name = "peercert.exclusion.max-rejected-percent", defaultValue = "5")
    int maxRejectedPercent;

    /** The folder a scheduled job takes list files from; none unless configured. */
    public Optional<Path> inboxDir() {
        return inboxDir.filter(dir -> !dir.isBlank()).map(Path::of);
    }

    public Duration folderPollInterval() {
        return Duration.ofSeconds(folderPollSeconds);
    }

    public String rescreenCron() {
        return rescreenCron;
    }

    public int maxRejectedPercent() {
        return maxRejectedPercent;
    }
}
