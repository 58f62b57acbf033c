package org.peercert.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office's details from configuration ({@code peercert.office.*}, or {@code PEERCERT_OFFICE_*} in the
 * environment); the demo's are the defaults, in META-INF/microprofile-config.properties. Pages show them as
 * {@code #{office.details.name()}}.
 */
@ApplicationScoped
@Named("office")
public class Office {

    @Inject
    @ConfigProperty(name = "peercert.office.name")
    String name;

    @Inject
    @ConfigProperty(name = "peercert.office.program")
    String program;

    @Inject
    @ConfigProperty(name = "peercert.office.address")
    Optional<String> address;

    @Inject
    @ConfigProperty(name = "peercert.office.phone")
    Optional<String> phone;

    @Inject
    @ConfigProperty(name = "peercert.office.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "peercert.office.website")
    Optional<String> website;

    @Inject
    @ConfigProperty(name = "peercert.office.hours")
    Optional<String> hours;

    @Inject
    @ConfigProperty(name = "peercert.office.official-name")
    Optional<String> officialName;

    @Inject
    @ConfigProperty(name = "peercert.office.official-title")
    Optional<String> officialTitle;

    @Inject
    @ConfigProperty(name = "peercert.office.header-color")
    String headerColor;

    @Inject
    @ConfigProperty(name = "peercert.office.accent-color")
    String accentColor;

    private OfficeDetails details;
    private BrandColors colors;

    /** Read once: the configuration does not change while the portal runs, and every page prints it. */
    @PostConstruct
    void read() {
        details = new OfficeDetails(name, program, address.orElse(null), phone.orElse(null), email.orElse(null), website.orElse(null),
                hours.orElse(null), officialName.orElse(null), officialTitle.orElse(null));
        colors = new BrandColors(headerColor, accentColor);
    }

    /** Refuses, when the portal starts, colours whose contrast is under WCAG AA (#28): the deployment fails with the reason. */
    void check(@Observes Startup startup) {
        getColors();
    }

    public BrandColors getColors() {
        return colors;
    }

    public OfficeDetails getDetails() {
        return details;
    }
}
