package org.peercert.applications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.peercert.applications.ApplicationService;
import org.peercert.applications.CertificationApplication;
import org.peercert.background.BackgroundService;
import org.peercert.background.exclusion.MatchStatus;
import org.peercert.background.exclusion.ScreeningService;

/** /staff/index.xhtml: the work waiting for staff that has no queue of its own elsewhere. */
@Named
@RequestScoped
public class StaffHomeBean {

    private static final int SHOWN = 20;

    /** An early review request waiting for an answer. */
    public record WaitingReview(long applicationId, String number, String name, Instant requestedAt) {
    }

    @Inject
    BackgroundService background;

    @Inject
    ApplicationService applications;

    @Inject
    ScreeningService screening;

    private List<WaitingReview> earlyReviews;

    public List<WaitingReview> getEarlyReviews() {
        if (earlyReviews == null) {
            earlyReviews = background.unansweredEarlyReviews(SHOWN).stream().map(r -> {
                CertificationApplication a = applications.find(r.getApplicationId());
                return new WaitingReview(a.getId(), a.getNumber(), a.getFullName(), r.getRequestedAt());
            }).toList();
        }
        return earlyReviews;
    }

    public long getOpenMatches() {
        return screening.queue(MatchStatus.OPEN, 0, 1).total();
    }
}
