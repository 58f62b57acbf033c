package org.peercert.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.peercert.account.web.CurrentUser;
import org.peercert.platform.web.FacesMessages;
import org.peercert.training.CohortService;
import org.peercert.training.SessionForm;
import org.peercert.training.SessionRow;

/** The sessions panel of /trainer/cohort.xhtml: the days the cohort meets and the modules each covers. */
@Named
@ViewScoped
public class CohortSessionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortBean cohort;

    @Inject
    CohortService cohortService;

    @Inject
    CurrentUser currentUser;

    private LocalDate sessionDate;
    private String sessionStarts;
    private String sessionEnds;
    private String sessionTopics;
    private List<String> sessionModules = new ArrayList<>();
    private transient List<SessionRow> sessions;

    public List<SessionRow> getSessions() {
        if (sessions == null) {
            sessions = cohortService.sessionRowsOf(cohort.getId());
        }
        return sessions;
    }

    public void addSession() {
        LocalTime starts;
        LocalTime ends;
        try {
            starts = timeOf(sessionStarts);
            ends = timeOf(sessionEnds);
        } catch (DateTimeParseException notTime) {
            FacesMessages.error("training.sessionIncomplete");
            return;
        }
        try {
            cohortService.addSession(currentUser.getEmail(), cohort.getId(), new SessionForm(sessionDate, starts, ends,
                    sessionModules.stream().map(Long::valueOf).toList(), sessionTopics));
            FacesMessages.info("training.sessionAdded");
            clearForm();
            cohort.sessionsChanged(false);
        } finally {
            sessions = null;
        }
    }

    private static LocalTime timeOf(String typed) {
        return typed == null || typed.isBlank() ? null : LocalTime.parse(typed.strip());
    }

    private void clearForm() {
        sessionDate = null;
        sessionStarts = null;
        sessionEnds = null;
        sessionTopics = null;
        sessionModules = new ArrayList<>();
    }

    public void removeSession(SessionRow row) {
        try {
            cohortService.removeSession(currentUser.getEmail(), cohort.getId(), row.session().getId());
            FacesMessages.info("training.sessionRemoved");
            cohort.sessionsChanged(true);
        } finally {
            sessions = null;
        }
    }

    public List<String> getSessionModules() {
        return sessionModules;
    }

    public void setSessionModules(List<String> sessionModules) {
        this.sessionModules = sessionModules;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(LocalDate sessionDate) {
        this.sessionDate = sessionDate;
    }

    public String getSessionStarts() {
        return sessionStarts;
    }

    public void setSessionStarts(String sessionStarts) {
        this.sessionStarts = sessionStarts;
    }

    public String getSessionEnds() {
        return sessionEnds;
    }

    public void setSessionEnds(String sessionEnds) {
        this.sessionEnds = sessionEnds;
    }

    public String getSessionTopics() {
        return sessionTopics;
    }

    public void setSessionTopics(String sessionTopics) {
        this.sessionTopics = sessionTopics;
    }
}
