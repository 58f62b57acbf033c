package org.peercert.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.peercert.account.web.CurrentUser;
import org.peercert.applications.ApplicationChecks;
import org.peercert.applications.ApplicationQueue;
import org.peercert.applications.ApplicationReview;
import org.peercert.applications.ApplicationStatus;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.QueueFilter;
import org.peercert.applications.QueueSearch;
import org.peercert.applications.QueueSort;
import org.peercert.background.BackgroundService;
import org.peercert.background.exclusion.MatchStatus;
import org.peercert.background.exclusion.ScreeningService;
import org.peercert.certificate.ReadinessService;
import org.peercert.ceu.RenewalService;

/**
 * /staff/index.xhtml: the day's work, each kind counted and linked to its list. It sits above the features it counts
 * (no feature depends on it), so a home page never ties two features together.
 */
@Named
@RequestScoped
public class StaffHomeBean {

    private static final int SHOWN = 20;

    /** One kind of waiting work: how many, and the list that shows them; its name is in the bundle under its id. */
    public record Work(String id, long count, String page) {

        /** Its name, in i18n/messages.properties. */
        public String labelKey() {
            return "staffHome.work." + id;
        }
    }

    /** An early review request waiting for an answer. */
    public record WaitingReview(long applicationId, String number, String name, Instant requestedAt) {
    }

    @Inject
    BackgroundService background;

    @Inject
    ApplicationQueue applicationQueue;

    @Inject
    ApplicationReview applicationReview;

    @Inject
    ApplicationChecks applicationChecks;

    @Inject
    ScreeningService screening;

    @Inject
    RenewalService renewals;

    @Inject
    ReadinessService readiness;

    @Inject
    CurrentUser currentUser;

    private List<WaitingReview> earlyReviews;
    private Long earlyReviewsWaiting;
    private List<Work> work;

    public List<Work> getWork() {
        if (work == null) {
            work = List.of(
                    new Work("mine", applications(ApplicationStatus.IN_REVIEW, currentUser.getEmail(), false),
                            "/staff/applications.xhtml?status=IN_REVIEW&mine=true"),
                    new Work("unassigned", applications(ApplicationStatus.SUBMITTED, null, false),
                            "/staff/applications.xhtml?status=SUBMITTED"),
                    new Work("late", applications(null, null, true), "/staff/applications.xhtml?late=true"),
                    new Work("earlyReviews", getEarlyReviewsWaiting(), "/staff/index.xhtml#earlyReviewsHeading"),
                    new Work("matches", screening.queue(MatchStatus.OPEN, 0, 1).total(), "/staff/exclusion-matches.xhtml"),
                    new Work("checks", applicationChecks.awaitingAdjudication(QueueSearch.NONE, 0, 1).total(), "/staff/checks.xhtml"),
                    new Work("renewals", renewals.queue(false, 0, 1).total(), "/staff/renewals.xhtml"),
                    new Work("ceAudits", renewals.queue(true, 0, 1).total(), "/staff/renewals.xhtml?audit=true"),
                    new Work("ready", readiness.eligible(0, 1).total(), "/staff/readiness.xhtml"));
        }
        return work;
    }

    private long applications(ApplicationStatus status, String assignee, boolean pastTargetDate) {
        return applicationQueue.queue(new QueueFilter(status, null, assignee, null, null, QueueSort.OLDEST_FIRST, pastTargetDate), 0, 1).total();
    }

    public long getEarlyReviewsWaiting() {
        if (earlyReviewsWaiting == null) {
            earlyReviewsWaiting = background.countUnansweredEarlyReviews();
        }
        return earlyReviewsWaiting;
    }

    public List<WaitingReview> getEarlyReviews() {
        if (earlyReviews == null) {
            earlyReviews = background.unansweredEarlyReviews(SHOWN).stream().map(r -> {
                CertificationApplication a = applicationReview.find(r.getApplicationId());
                return new WaitingReview(a.getId(), a.getNumber(), a.getFullName(), r.getRequestedAt());
            }).toList();
        }
        return earlyReviews;
    }
}
