package org.peercert.background.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.peercert.account.web.CurrentUser;
import org.peercert.background.exclusion.ExclusionMatch;
import org.peercert.background.exclusion.MatchStatus;
import org.peercert.background.exclusion.ScreeningService;
import org.peercert.platform.Paging;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.ConcurrentChange;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.PagedModel;

/** /staff/exclusion-matches.xhtml: the queue of possible and probable exclusion-list matches (R-BG-3). */
@Named
@ViewScoped
public class ExclusionMatchesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScreeningService screening;

    @Inject
    CurrentUser currentUser;

    private MatchStatus status = MatchStatus.OPEN;
    private final Map<Long, String> reasons = new HashMap<>();
    /** The version of each match as first shown: a match decided by someone else meanwhile is not decided again. */
    private final Map<Long, Long> seenVersions = new HashMap<>();
    private transient PagedModel<ExclusionMatch> rows;

    public PagedModel<ExclusionMatch> getRows() {
        if (rows == null) {
            MatchStatus shown = status;
            rows = new PagedModel<>((first, size) -> {
                Paging<ExclusionMatch> page = screening.queue(shown, first, size);
                page.rows().forEach(m -> seenVersions.putIfAbsent(m.getId(), m.getVersion()));
                return page;
            });
        }
        return rows;
    }

    public void confirm(ExclusionMatch match) {
        decide(match, MatchStatus.CONFIRMED, "exclusion.confirmed");
    }

    public void dismiss(ExclusionMatch match) {
        decide(match, MatchStatus.DISMISSED, "exclusion.dismissed");
    }

    private void decide(ExclusionMatch match, MatchStatus decision, String doneKey) {
        try {
            screening.decide(currentUser.getEmail(), match.getId(), seenVersions.getOrDefault(match.getId(), match.getVersion()),
                    decision, reasons.get(match.getId()));
            reasons.remove(match.getId());
            seenVersions.remove(match.getId());
            FacesMessages.info(doneKey);
        } catch (UserProblem problem) {
            FacesMessages.error(problem.messageKey(), problem.arguments());
        } catch (RuntimeException e) {
            if (!ConcurrentChange.isCauseOf(e)) {
                throw e;
            }
            FacesMessages.error("exclusion.decidedMeanwhile");
        }
        rows = null;
    }

    public void show() {
        rows = null;
    }

    public MatchStatus[] getStatuses() {
        return MatchStatus.values();
    }

    public MatchStatus getStatus() {
        return status;
    }

    public void setStatus(MatchStatus status) {
        this.status = status == null ? MatchStatus.OPEN : status;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
