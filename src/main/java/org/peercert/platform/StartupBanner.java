package org.peercert.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.interceptor.Interceptor;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Prints where the portal answers once it is deployed, so the run command ends with the URL. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    PortalUrls urls;

    /** After every other startup observer (the demo data, the scheduler), so the URL is the last thing said. */
    void onStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) Startup startup) {
        LOG.info(() -> "PeerCert is ready at " + urls.baseUrl());
    }
}
