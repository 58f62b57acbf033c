package org.peercert.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's one business-day calendar, for every deadline counted in business days (an application's decision date,
 * the network's response time, the committee's meeting days): weekends and the configured holidays.
 */
@ApplicationScoped
public class BusinessCalendars {

    /** Comma-separated ISO dates and {@link BusinessCalendar#US_FEDERAL}, the default. */
    @Inject
    @ConfigProperty(name = "peercert.holidays")
    Optional<String> holidays;

    /** The setting's earlier name, when only the network counted holidays; still honoured. */
    @Inject
    @ConfigProperty(name = "peercert.network.holidays")
    Optional<String> networkHolidays;

    private volatile BusinessCalendar calendar;

    @Produces
    BusinessCalendar calendar() {
        if (calendar == null) {
            calendar = BusinessCalendar.parse(holidays.or(() -> networkHolidays).orElse(BusinessCalendar.US_FEDERAL));
        }
        return calendar;
    }
}
