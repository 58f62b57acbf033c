package org.peercert.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** R-BG-2: how long a background check stays valid. */
@ApplicationScoped
public class BackgroundPolicy {

    @Inject
    @ConfigProperty(name = "peercert.background.validity-months", defaultValue = "24")
    int validityMonths;

    public int validityMonths() {
        return validityMonths;
    }
}
