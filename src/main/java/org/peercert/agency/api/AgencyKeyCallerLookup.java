package org.peercert.agency.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.peercert.agency.ApiKeys;
import org.peercert.certificate.api.AgencyKeyCallers;

/**
 * The certificate API's date-of-birth match for an agency's own systems: a valid key speaks for its agency, and every
 * key of an agency shares one daily count (more keys would otherwise mean more guesses).
 */
@ApplicationScoped
public class AgencyKeyCallerLookup implements AgencyKeyCallers {

    @Inject
    ApiKeys keys;

    @Override
    public Optional<String> callerOf(String authorization) {
        return keys.fromAuthorization(authorization).map(caller -> "api:agency-" + caller.agency().getId());
    }
}
