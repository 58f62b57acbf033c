package org.peercert.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The run command (mvn -Prun) starts WildFly as a child of Maven. Ctrl+C stops both, but an IDE's stop button ends
 * only Maven, which would leave the server running on its own (without its embedded database, which Maven owned).
 * With peercert.run.stop-with-parent=true (set only by the run profile), the server stops when its parent ends.
 */
@ApplicationScoped
public class StopWithRunCommand {

    private static final Logger LOG = Logger.getLogger(StopWithRunCommand.class.getName());

    @Inject
    @ConfigProperty(name = "peercert.run.stop-with-parent", defaultValue = "false")
    boolean stopWithParent;

    void onStartup(@Observes Startup startup) {
        if (!stopWithParent) {
            return;
        }
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            LOG.info("The run command ended; stopping the server");
            System.exit(0); // runs WildFly's own shutdown hook: a normal stop
        }));
    }
}
