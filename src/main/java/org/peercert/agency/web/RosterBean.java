package org.peercert.agency.web;

import jakarta.annotation.PostConstruct;
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
import java.time.LocalDate;
import java.util.List;
import org.peercert.account.web.CurrentUser;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyService;
import org.peercert.agency.RosterEntry;
import org.peercert.agency.RosterService;
import org.peercert.agency.RosterUpload;
import org.peercert.agency.attest.RosterAttestation;
import org.peercert.agency.attest.RosterAttestations;
import org.peercert.billing.BillingPolicy;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateRecords;
import org.peercert.platform.NotYours;
import org.peercert.platform.UserProblem;
import org.peercert.platform.csv.CsvLines;
import org.peercert.platform.csv.RejectedLine;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Forbidden;
import org.peercert.platform.web.PagedModel;
import org.peercert.platform.web.Redirects;
import org.peercert.supervision.AssignmentRow;
import org.peercert.supervision.SupervisionRole;
import org.peercert.supervision.SupervisionService;

/** /agency/roster.xhtml: the roster with each person's live standing; add, upload, remove; assign and end supervision. */
@Named
@ViewScoped
public class RosterBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String UPLOAD_FIELD = "upload:file";

    @Inject
    AgencyService agencies;

    @Inject
    RosterService roster;

    @Inject
    SupervisionService supervision;

    @Inject
    CertificateRecords certificates;

    @Inject
    BillingPolicy policy;

    @Inject
    CurrentUser currentUser;

    @Inject
    java.time.Clock clock;

    @Inject
    RosterAttestations attestations;

    private transient Agency agency;
    private long agencyId = -1;
    private transient List<RosterService.RosterLine> lines;
    private transient List<AssignmentRow> assignments;
    private String number;
    private String lastName;
    private LocalDate dateOfBirth;
    private transient Part file;
    private List<RejectedLine> rejectedLines = List.of();
    private Long assignEntryId;
    private SupervisionRole assignRole;
    private String supervisorEmail;
    private String endReason;

    @PostConstruct
    void load() {
        agency = agencies.agencyOf(currentUser.getEmail()).orElse(null);
        lines = agency == null ? List.of() : roster.roster(agency.getId());
        assignments = agency == null ? List.of() : supervision.assignmentsOfAgency(agency.getId());
        agencyId = agency == null ? -1 : agency.getId();
    }

    /** A dated attestation of the roster as it stands; the page then offers its PDF. */
    public void attest() {
        RosterAttestation made = attestations.attest(currentUser.getEmail());
        FacesMessages.info("roster.attested", made.getDisplayCode(), made.getEligibleCount(), made.getPeopleCount());
        Redirects.to("/agency/roster.xhtml");
    }

    public PagedModel<RosterAttestation> getAttestationHistory() {
        return PagedModel.forRequest(this, (first, size) -> attestations.ofAgency(agencyId, first, size));
    }

    public void add() {
        try {
            RosterEntry entry = roster.add(currentUser.getEmail(), number, lastName, dateOfBirth);
            Certificate added = certificates.find(entry.getCertificateId()).orElseThrow();
            FacesMessages.info("roster.added", added.getHolderName(), added.getNumber());
            Redirects.to("/agency/roster.xhtml");
        } catch (UserProblem problem) {
            FacesMessages.fieldError("add:number", problem.messageKey(), problem.arguments());
        }
    }

    public void upload() {
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            FacesMessages.fieldError(UPLOAD_FIELD, "roster.fileMissing");
            return;
        }
        try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            RosterUpload outcome = roster.upload(currentUser.getEmail(), csv);
            rejectedLines = outcome.rejected();
            FacesMessages.fieldInfo(UPLOAD_FIELD, "roster.uploaded", outcome.added(), outcome.alreadyOnRoster(), outcome.rejected().size());
            load();
        } catch (CsvLines.Unreadable unreadable) {
            rejectedLines = List.of();
            FacesMessages.fieldError(UPLOAD_FIELD, unreadable.isWrongHeader() ? "roster.wrongColumns" : "roster.unreadable");
        } catch (UserProblem problem) {
            rejectedLines = List.of();
            FacesMessages.fieldError(UPLOAD_FIELD, problem.messageKey(), problem.arguments());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
    }

    public void remove(long entryId, String name) {
        try {
            roster.remove(currentUser.getEmail(), entryId);
            FacesMessages.info("roster.removed", name);
            Redirects.to("/agency/roster.xhtml");
        } catch (NotYours notYours) {
            Forbidden.send();
        }
    }

    public void assign() {
        try {
            RosterService.RosterLine line = lines.stream().filter(l -> l.entry().getId().equals(assignEntryId)).findFirst()
                    .orElseThrow(() -> new org.peercert.agency.AgencyProblem("check.person"));
            supervision.assign(agency.getId(), line.entry().getCertificateId(), currentUser.getEmail(), supervisorEmail, assignRole);
            FacesMessages.info("supervision.assigned", supervisorEmail, assignRole.label().toLowerCase(java.util.Locale.ROOT));
            Redirects.to("/agency/roster.xhtml");
        } catch (UserProblem problem) {
            FacesMessages.fieldError("assign:person", problem.messageKey(), problem.arguments());
        }
    }

    public void end(long assignmentId) {
        try {
            supervision.endByAgency(agency.getId(), currentUser.getEmail(), assignmentId, endReason);
            FacesMessages.info("supervision.ended");
            Redirects.to("/agency/roster.xhtml");
        } catch (NotYours notYours) {
            Forbidden.send();
        } catch (UserProblem problem) {
            FacesMessages.fieldError("assignments:endReason", problem.messageKey(), problem.arguments());
        }
    }

    public boolean clinicalOverdue(RosterService.RosterLine line) {
        return line.record().supervision().clinicalOverdueOn(LocalDate.now(clock), policy.clinicalSupervisionDays());
    }

    public int getClinicalIntervalDays() {
        return policy.clinicalSupervisionDays();
    }

    public Agency getAgency() {
        return agency;
    }

    public List<RosterService.RosterLine> getLines() {
        return lines;
    }

    public long getEligibleCount() {
        return lines.stream().filter(l -> l.record().eligible()).count();
    }

    public List<AssignmentRow> getAssignments() {
        return assignments;
    }

    public SupervisionRole[] getRoles() {
        return SupervisionRole.values();
    }

    public List<RejectedLine> getRejectedLines() {
        return rejectedLines;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Long getAssignEntryId() {
        return assignEntryId;
    }

    public void setAssignEntryId(Long assignEntryId) {
        this.assignEntryId = assignEntryId;
    }

    public SupervisionRole getAssignRole() {
        return assignRole;
    }

    public void setAssignRole(SupervisionRole assignRole) {
        this.assignRole = assignRole;
    }

    public String getSupervisorEmail() {
        return supervisorEmail;
    }

    public void setSupervisorEmail(String supervisorEmail) {
        this.supervisorEmail = supervisorEmail;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }
}
