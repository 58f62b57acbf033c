package org.peercert.certificate.api;

import java.util.Optional;

/**
 * Who an agency API key (Authorization: Bearer pck_…) belongs to, for the date-of-birth match: the agency feature
 * owns the keys and answers, so this feature need not know them.
 */
public interface AgencyKeyCallers {

    /** The caller to count and audit the match against, if the header carries a valid agency key. */
    Optional<String> callerOf(String authorization);
}
