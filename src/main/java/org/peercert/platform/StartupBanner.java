package org.peercert.platform;

import jakarta.enterprise.context.ApplicationScoped;
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

    void onStartup(@Observes Startup startup) {
        LOG.info(() -> "PeerCert is ready at " + urls.baseUrl());
    }
}
