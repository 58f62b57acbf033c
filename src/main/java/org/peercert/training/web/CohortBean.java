package org.peercert.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peercert.account.web.CurrentUser;
import org.peercert.platform.UserProblem;
import org.peercert.platform.csv.RejectedLine;
import org.peercert.platform.web.FacesMessages;
import org.peercert.training.AttendanceImport;
import org.peercert.training.AttendanceService;
import org.peercert.training.Cohort;
import org.peercert.training.CohortService;
import org.peercert.training.CompletionService;
import org.peercert.training.CurriculumModule;
import org.peercert.training.CurriculumService;
import org.peercert.training.Enrolment;
import org.peercert.training.EnrolmentStatus;
import org.peercert.training.Hours;
import org.peercert.training.RosterRow;
import org.peercert.training.SessionRow;
import org.peercert.training.SeatService;

/**
 * /trainer/cohort.xhtml?id=N: one cohort's roster, seat requests, waiting list and attendance grid (hours per person and
 * module). Its sessions and its trainers are panels of their own ({@link CohortSessionsBean}, {@link CoTrainersBean}).
 */
@Named
@ViewScoped
public class CohortBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttendanceService attendanceService;

    @Inject
    CohortService cohortService;

    @Inject
    CompletionService completionService;

    @Inject
    CurriculumService curriculumService;

    @Inject
    SeatService seatService;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private boolean missing;
    private String who;
    private String gridSession;
    /** The sessions the grid's filter chooses from, read once a filter is chosen. */
    private transient List<SessionRow> gridSessions;
    /** Hours typed per cell {@code applicantId:moduleId}, as typed: EL cannot type a map's values, so they arrive as text. */
    private final Map<String, String> hours = new HashMap<>();
    private transient Cohort cohort;
    private transient List<RosterRow> roster;
    private transient List<CurriculumModule> modules;
    private transient Part attendanceFile;
    private List<RejectedLine> rejectedLines = List.of();

    public void load() {
        try {
            cohort = id == null ? null : cohortService.cohort(currentUser.getEmail(), id);
        } catch (UserProblem problem) {
            cohort = null;
        }
        missing = cohort == null;
        if (!missing) {
            readGrid();
        }
    }

    private void readGrid() {
        hours.clear();
        attendanceService.attendance(id).forEach((cell, minutes) -> hours.put(cell, Hours.of(minutes)));
        roster = null;
    }

    public void enrol() {
        try {
            Enrolment enrolment = seatService.enrol(currentUser.getEmail(), id, who);
            FacesMessages.info(enrolment.getStatus() == EnrolmentStatus.ENROLLED ? "training.enrolled" : "training.waitlisted", who.strip());
            who = null;
            roster = null;
        } catch (UserProblem problem) {
            FacesMessages.fieldError("cohort:who", problem.messageKey(), problem.arguments());
        }
    }

    public void saveAttendance() {
        Map<String, Integer> minutes = new HashMap<>();
        for (RosterRow person : getSeated()) {
            for (CurriculumModule module : getModules()) {
                String typed = hours.get(cell(person, module));
                try {
                    minutes.put(cell(person, module), typed == null || typed.isBlank() ? 0 : Hours.minutesOf(typed));
                } catch (IllegalArgumentException notHours) {
                    FacesMessages.error("training.hoursNumber");
                    return;
                }
            }
        }
        int changed = attendanceService.recordAttendance(currentUser.getEmail(), id, minutes);
        FacesMessages.info("training.attendanceSaved", changed);
        readGrid();
    }

    public void withdraw(RosterRow person) {
        boolean promoted = seatService.withdraw(currentUser.getEmail(), id, person.applicantId()).isPresent();
        FacesMessages.info(promoted ? "training.promoted" : "training.withdrawn", person.name());
        roster = null;
        cohort = null;
    }

    /** An attendance file: good lines applied, the others listed with their reasons. */
    public void importAttendance() {
        if (attendanceFile == null || attendanceFile.getSubmittedFileName() == null || attendanceFile.getSubmittedFileName().isBlank()) {
            FacesMessages.fieldError("attendanceUpload:file", "training.csvNoFile");
            return;
        }
        try (Reader csv = new InputStreamReader(attendanceFile.getInputStream(), StandardCharsets.UTF_8)) {
            AttendanceImport outcome = attendanceService.importAttendance(currentUser.getEmail(), id, csv);
            rejectedLines = outcome.rejected();
            FacesMessages.fieldInfo("attendanceUpload:file", "training.csvImported", outcome.changed(), outcome.rejected().size());
            readGrid();
        } catch (UserProblem problem) {
            rejectedLines = List.of();
            FacesMessages.fieldError("attendanceUpload:file", problem.messageKey(), problem.arguments());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            attendanceFile = null;
        }
    }

    public List<RejectedLine> getRejectedLines() {
        return rejectedLines;
    }

    public Part getAttendanceFile() {
        return attendanceFile;
    }

    public void setAttendanceFile(Part attendanceFile) {
        this.attendanceFile = attendanceFile;
    }

    public void confirmResults() {
        FacesMessages.info("training.resultsConfirmed", completionService.confirmResults(currentUser.getEmail(), id).size());
        cohort = null;
    }

    public Cohort getCohort() {
        if (cohort == null && !missing && id != null) {
            cohort = cohortService.cohort(currentUser.getEmail(), id);
        }
        return cohort;
    }

    public List<CurriculumModule> getModules() {
        if (modules == null) {
            modules = curriculumService.modulesOf(getCohort().getCurriculum());
        }
        return modules;
    }

    public List<RosterRow> getRoster() {
        if (roster == null) {
            roster = cohortService.roster(id);
        }
        return roster;
    }

    public List<RosterRow> getSeated() {
        return getRoster().stream().filter(r -> r.status() == EnrolmentStatus.ENROLLED).toList();
    }

    /** The module columns of the grid: every module, or those of the session chosen. */
    public List<CurriculumModule> getGridModules() {
        if (gridSession == null || gridSession.isBlank()) {
            return getModules();
        }
        if (gridSessions == null) {
            gridSessions = cohortService.sessionRowsOf(id);
        }
        return gridSessions.stream().filter(s -> s.session().getId().toString().equals(gridSession)).findFirst()
                .map(s -> getModules().stream().filter(m -> s.session().getModuleIds().contains(m.getId())).toList())
                .orElseGet(this::getModules);
    }

    /** The sessions panel changed the schedule: the grid reads the sessions again, and shows every module after a removal. */
    void sessionsChanged(boolean removed) {
        gridSessions = null;
        if (removed) {
            gridSession = null;
        }
    }

    public String getGridSession() {
        return gridSession;
    }

    public void setGridSession(String gridSession) {
        this.gridSession = gridSession;
    }

    public List<RosterRow> getRequests() {
        return getRoster().stream().filter(r -> r.status() == EnrolmentStatus.REQUESTED).toList();
    }

    public void accept(RosterRow person) {
        try {
            Enrolment enrolment = seatService.acceptRequest(currentUser.getEmail(), id, person.applicantId());
            FacesMessages.info("training.request.accepted", person.name(), enrolment.getStatus() == EnrolmentStatus.ENROLLED ? "a seat" : "the waiting list");
        } finally {
            roster = null;
        }
    }

    public void decline(RosterRow person) {
        try {
            seatService.declineRequest(currentUser.getEmail(), id, person.applicantId());
            FacesMessages.info("training.request.declined", person.name());
        } finally {
            roster = null;
        }
    }

    public List<RosterRow> getWaiting() {
        return getRoster().stream().filter(r -> r.status() == EnrolmentStatus.WAITLISTED).toList();
    }

    public String cell(RosterRow row, CurriculumModule module) {
        return AttendanceService.cell(row.applicantId(), module.getId());
    }

    public Map<String, String> getHours() {
        return hours;
    }

    public Long getId() {
        return id;
    }

    /** Set once, from the link: a changed id in a later request never switches the page to another cohort. */
    public void setId(Long id) {
        if (this.id == null) {
            this.id = id;
        }
    }

    public boolean isMissing() {
        return missing;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }
}
