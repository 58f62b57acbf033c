package org.peercert.background;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** R-BG-1/2: how long a background check stays valid; what an early-review request must say. */
@ApplicationScoped
public class BackgroundPolicy {

    @Inject
    @ConfigProperty(name = "peercert.background.validity-months", defaultValue = "24")
    int validityMonths;

    /** R-BG-1: what an applicant writes when asking for an early review, at least. */
    @Inject
    @ConfigProperty(name = "peercert.background.early-review-min-length", defaultValue = "20")
    int earlyReviewMinLength;

    public int earlyReviewMinLength() {
        return earlyReviewMinLength;
    }

    public int validityMonths() {
        return validityMonths;
    }
}
