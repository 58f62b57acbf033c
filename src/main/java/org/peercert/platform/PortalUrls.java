package org.peercert.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Absolute links for mail, built from the configured base URL (PEERCERT_BASE_URL). */
@ApplicationScoped
public class PortalUrls {

    @Inject
    @ConfigProperty(name = "peercert.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    public String absolute(String pathAndQuery) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery);
    }

    public String baseUrl() {
        return absolute("/");
    }
}
