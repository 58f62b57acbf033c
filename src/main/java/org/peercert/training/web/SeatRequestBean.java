package org.peercert.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.peercert.account.web.CurrentUser;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.training.CohortService;
import org.peercert.training.EnrolmentStatus;
import org.peercert.training.MySeat;
import org.peercert.training.OpenCohort;
import org.peercert.training.SeatService;
import org.peercert.training.SessionRow;

/** /applicant/training.xhtml: cohorts open for requests, and the applicant's own requests and seats (R-TRN-1). */
@Named
@ViewScoped
public class SeatRequestBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortService cohortService;

    @Inject
    SeatService seatService;

    @Inject
    CurrentUser currentUser;

    private transient List<OpenCohort> open;
    private transient List<MySeat> mine;

    public void request(OpenCohort cohort) {
        act(() -> seatService.requestSeat(currentUser.getEmail(), cohort.cohort().getId()), "training.request.sent");
    }

    public void cancel(MySeat seat) {
        act(() -> seatService.cancelRequest(currentUser.getEmail(), seat.cohort().getId()), "training.request.cancelled");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesMessages.info(doneKey);
        } catch (UserProblem problem) {
            FacesMessages.error(problem.messageKey(), problem.arguments());
        }
        open = null;
        mine = null;
    }

    /** The sessions of a cohort the applicant is seated in. */
    public List<SessionRow> sessionsOf(MySeat seat) {
        return cohortService.sessionRowsOf(seat.cohort().getId());
    }

    /** Cohorts taking requests, less those where the applicant already asked, sits or waits. */
    public List<OpenCohort> getOpen() {
        if (open == null) {
            Set<Long> alreadyThere = getMine().stream().filter(m -> m.status().isOnRoster() || m.status() == EnrolmentStatus.REQUESTED)
                    .map(m -> m.cohort().getId()).collect(Collectors.toSet());
            open = cohortService.openCohorts().stream().filter(o -> !alreadyThere.contains(o.cohort().getId())).toList();
        }
        return open;
    }

    public List<MySeat> getMine() {
        if (mine == null) {
            mine = seatService.seatsOf(currentUser.getEmail());
        }
        return mine;
    }
}
