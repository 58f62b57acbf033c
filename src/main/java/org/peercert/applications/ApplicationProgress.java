package org.peercert.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peercert.background.BackgroundService;
import org.peercert.background.CheckKind;
import org.peercert.background.CheckStanding;
import org.peercert.background.exclusion.ExclusionStanding;
import org.peercert.background.exclusion.ScreeningService;
import org.peercert.document.ApplicationDocument;
import org.peercert.document.DocumentReview;
import org.peercert.document.DocumentService;
import org.peercert.exam.Blueprint;
import org.peercert.exam.ExamPolicy;
import org.peercert.exam.ExamService;
import org.peercert.exam.ExamSitting;
import org.peercert.exam.ExamStanding;
import org.peercert.platform.Words;
import org.peercert.platform.format.UsDates;
import org.peercert.training.CompletionService;
import org.peercert.training.Hours;
import org.peercert.training.TrainingCompletion;
import org.peercert.training.TrainingPolicy;

/**
 * What is met and what is missing: the eligibility checklist (R-ELIG-1..3) and the applicant's whole path to a
 * certificate, in the words the applicant and staff read.
 */
@ApplicationScoped
@Transactional
public class ApplicationProgress {

    private static final Set<String> APPLICANTS_STEPS = Set.of("R-TRN-1", "R-TRN-2");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ApplicationPolicy policy;

    @Inject
    DocumentService documents;

    @Inject
    BackgroundService background;

    @Inject
    ScreeningService screening;

    @Inject
    CompletionService completionService;

    @Inject
    ExamService exams;

    @Inject
    ExamPolicy examPolicy;

    @Inject
    TrainingPolicy trainingPolicy;

    @Inject
    ApplicationQueue queue;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApplicationDocument> documentsOf(CertificationApplication application) {
        return documents.forApplication(application.getId()).stream().filter(d -> !d.getKind().staffOnly()).toList();
    }

    /** R-ELIG-1..3 as checklist rows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChecklistRow> eligibility(CertificationApplication a) {
        LocalDate onDate = a.getSubmittedAt() == null ? LocalDate.now(clock) : LocalDate.ofInstant(a.getSubmittedAt(), ZoneOffset.UTC);
        List<ChecklistRow> rows = new ArrayList<>();
        boolean adult = EligibilityRules.isOldEnough(a.getDateOfBirth(), onDate, policy.minimumAge());
        rows.add(new ChecklistRow("R-ELIG-1", "At least " + policy.minimumAge() + " years old on the application date",
                adult ? ChecklistRow.State.MET : ChecklistRow.State.NOT_MET,
                a.getDateOfBirth() == null ? "Enter your date of birth." : adult ? "Born " + a.getDateOfBirth() + "."
                        : "You can apply from your " + policy.minimumAge() + "th birthday."));
        rows.add(educationRow(documents.forApplication(a.getId())));
        boolean attested = EligibilityRules.isAttested(a.isLivedExperience(), a.getRecoveryStatement(), policy.recoveryStatementMinLength(),
                a.getSignatureName(), a.getLegalFirstName(), a.getLegalLastName());
        rows.add(new ChecklistRow("R-ELIG-3", "Lived experience, recovery statement and signed attestation",
                attested ? ChecklistRow.State.MET : ChecklistRow.State.NOT_MET,
                attested ? "Signed " + UsDates.shown(a.getSignedOn()) + " (attestation " + a.getAttestationVersion() + ")."
                        : !a.isLivedExperience() ? "Confirm the lived experience of the " + a.getTrack().label() + " track."
                        : a.getRecoveryStatement() == null || a.getRecoveryStatement().length() < policy.recoveryStatementMinLength()
                        ? "Write a recovery statement of at least " + policy.recoveryStatementMinLength() + " characters."
                        : "Sign with your legal name when you submit."));
        return rows;
    }

    private static ChecklistRow educationRow(List<ApplicationDocument> docs) {
        List<ApplicationDocument> education = docs.stream().filter(d -> d.getKind().showsEducation()).toList();
        String label = "High-school diploma or GED, accepted by staff";
        if (education.stream().anyMatch(d -> d.getReview() == DocumentReview.ACCEPTED)) {
            return new ChecklistRow("R-ELIG-2", label, ChecklistRow.State.MET, "Accepted.");
        }
        if (education.stream().anyMatch(d -> d.getReview() == DocumentReview.PENDING)) {
            return new ChecklistRow("R-ELIG-2", label, ChecklistRow.State.WAITING_FOR_STAFF, "Uploaded; state staff will check it.");
        }
        String rejected = education.stream().filter(d -> d.getReview() == DocumentReview.REJECTED).map(ApplicationDocument::getReviewReason)
                .reduce((x, y) -> y).map(reason -> " The last one was not accepted: " + reason).orElse("");
        return new ChecklistRow("R-ELIG-2", label, ChecklistRow.State.NOT_MET, "Upload your diploma or GED (PDF, JPEG or PNG)." + rejected);
    }

    /** Which of the applicant's documents the reviewer did not accept, and why; "" when none. */
    public String refusedDocuments(CertificationApplication a) {
        List<String> refused = documentsOf(a).stream().filter(d -> d.getReview() == DocumentReview.REJECTED)
                .map(d -> d.getKind().label() + " \u201c" + d.getOriginalName() + "\u201d: " + d.getReviewReason()).toList();
        return refused.isEmpty() ? "" : "Not accepted: " + String.join("; ", refused) + ".";
    }

    /** The applicant's whole path; later features fill the rows that say "not started" today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Progress progress(CertificationApplication a) {
        List<ChecklistRow> rows = new ArrayList<>(eligibility(a));
        String refused = a.getStatus() == ApplicationStatus.DEFICIENT ? " " + refusedDocuments(a) : "";
        rows.add(new ChecklistRow("R-ELIG", "Application decision by state staff", decisionState(a.getStatus()), decisionText(a) + refused));
        rows.add(backgroundRow(background.standings(a.getId())));
        rows.add(exclusionRow(a, screening.standing(a.getApplicantId())));
        rows.add(trainingRow(completionService.completion(a.getApplicantId()), completionService.confirmedCompletion(a.getApplicantId()).isComplete()));
        List<ExamSitting> sittings = exams.sittingsOf(a.getApplicantId());
        rows.add(examRow(exams.standing(a.getApplicantId(), sittings), sittings));
        Optional<Object[]> certificate = certificateOf(a);
        rows.add(certificateRow(certificate, rows));
        if (a.getStatus() == ApplicationStatus.ELIGIBLE) {
            return eligibleProgress(a, rows, certificate.isPresent());
        }
        return new Progress(rows, nextAction(a), waitingOn(a), queue.targetDecisionDate(a));
    }

    /** The certificate issued on this application, if any, as its number and status (read only: the certificate feature owns it). */
    private Optional<Object[]> certificateOf(CertificationApplication a) {
        return em.createQuery("select c.number, c.status from Certificate c where c.applicationId = :a", Object[].class)
                .setParameter("a", a.getId()).getResultStream().findFirst();
    }

    /** R-TRN-3: issued, or waiting for staff once every other requirement is met. */
    private static ChecklistRow certificateRow(Optional<Object[]> certificate, List<ChecklistRow> before) {
        if (certificate.isPresent()) {
            return new ChecklistRow("R-TRN-3", "Certificate", ChecklistRow.State.MET,
                    "Issued: " + certificate.get()[0] + " (" + String.valueOf(certificate.get()[1]).toLowerCase() + "). See Your certificates above.");
        }
        if (before.stream().allMatch(row -> row.state() == ChecklistRow.State.MET)) {
            return new ChecklistRow("R-TRN-3", "Certificate", ChecklistRow.State.WAITING_FOR_STAFF,
                    "Every requirement is met; state staff will issue your certificate.");
        }
        return new ChecklistRow("R-TRN-3", "Certificate", ChecklistRow.State.NOT_STARTED, "Issued once every requirement above is met.");
    }

    /**
     * Once eligible, the applicant's own steps (training, then the test) come first; when those are done, what is
     * left (checks, the certificate) waits for staff.
     */
    private Progress eligibleProgress(CertificationApplication a, List<ChecklistRow> rows, boolean certified) {
        if (certified) {
            return new Progress(rows, "See Your certificates above for your certificate's status and documents.", "Nobody",
                    queue.targetDecisionDate(a));
        }
        Optional<ChecklistRow> yours = rows.stream().filter(row -> APPLICANTS_STEPS.contains(row.ruleId()))
                .filter(row -> row.state() != ChecklistRow.State.MET).findFirst();
        if (yours.isEmpty()) {
            return new Progress(rows, "Nothing for now: state staff complete the background checks and issue your certificate.",
                    "State certification staff", queue.targetDecisionDate(a));
        }
        ChecklistRow next = yours.get();
        String action = next.ruleId().equals("R-TRN-1") && next.state() == ChecklistRow.State.NOT_STARTED
                ? "Enrol in a " + trainingPolicy.curriculumHours() + "-hour basic training cohort: ask for a seat on the Basic training page."
                : next.requirement() + ": " + next.explanation();
        return new Progress(rows, action, next.state() == ChecklistRow.State.WAITING_FOR_STAFF ? "Your trainer" : "You", queue.targetDecisionDate(a));
    }

    /** R-BG-1/2: all three checks clear and unexpired; otherwise the row names each check that is not. */
    private static ChecklistRow backgroundRow(Map<CheckKind, CheckStanding> standings) {
        String label = "Background checks: criminal history, abuse/neglect registry, professional background";
        if (standings.values().stream().allMatch(s -> s == CheckStanding.MISSING)) {
            return new ChecklistRow("R-BG-1", label, ChecklistRow.State.NOT_STARTED, "Not started.");
        }
        if (standings.values().stream().allMatch(s -> s == CheckStanding.SATISFIED)) {
            return new ChecklistRow("R-BG-1", label, ChecklistRow.State.MET, "All three are clear and current.");
        }
        String open = standings.entrySet().stream().filter(e -> e.getValue() != CheckStanding.SATISFIED)
                .map(e -> e.getKey().label() + ": " + Words.of(e.getValue()).toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining("; "));
        boolean blocked = standings.values().stream().anyMatch(s -> s == CheckStanding.DISQUALIFIED || s == CheckStanding.EXPIRED);
        return new ChecklistRow("R-BG-2", label, blocked ? ChecklistRow.State.NOT_MET : ChecklistRow.State.WAITING_FOR_STAFF, open + ".");
    }

    /** R-TRN-1: hours attended of the curriculum, and the modules still to attend. */
    private ChecklistRow trainingRow(TrainingCompletion completion, boolean confirmed) {
        String label = "Basic training (" + completion.minutesRequired() / 60 + " hours)";
        if (completion.isComplete() && confirmed) {
            return new ChecklistRow("R-TRN-1", "Basic training", ChecklistRow.State.MET, "Completed: every module attended.");
        }
        if (completion.isComplete()) {
            return new ChecklistRow("R-TRN-1", label, ChecklistRow.State.WAITING_FOR_STAFF,
                    "Every module attended; waiting for your trainer to confirm the cohort's results.");
        }
        if (completion.minutesRequired() == 0) {
            return new ChecklistRow("R-TRN-1", trainingPolicy.curriculumHours() + "-hour basic training", ChecklistRow.State.NOT_STARTED,
                    "Not started: once staff find you eligible, ask for a seat in a cohort on the Basic training page (or a trainer enrols you).");
        }
        List<String> missing = completion.missingModules();
        String still = missing.stream().limit(3).collect(Collectors.joining("; ")) + (missing.size() > 3 ? " and " + (missing.size() - 3) + " more" : "");
        return new ChecklistRow("R-TRN-1", label, ChecklistRow.State.NOT_MET, String.format("%s of %s hours attended. Still to attend: %s.",
                Hours.of(completion.minutesAttended()), Hours.of(completion.minutesRequired()), still));
    }

    /** R-TRN-2: the written test, from "opens after training" to passed, or what the policy requires after the last attempt. */
    private ChecklistRow examRow(ExamStanding standing, List<ExamSitting> sittings) {
        String label = "Written test";
        String last = sittings.stream().filter(s -> !s.isOpen()).reduce((x, y) -> y)
                .map(s -> "Attempt " + s.getAttemptNo() + " of " + standing.maxAttempts() + ": " + s.result().percent() + "%"
                        + (Boolean.TRUE.equals(s.getPassed()) ? "" : ", not passed") + ". ").orElse("");
        return switch (standing.state()) {
            case TRAINING_FIRST -> new ChecklistRow("R-TRN-2", label, ChecklistRow.State.NOT_STARTED,
                    "Opens once your basic training is completed and confirmed by your trainer.");
            case MAY_START -> new ChecklistRow("R-TRN-2", label, ChecklistRow.State.NOT_MET, last + openTestText(examPolicy.blueprint()));
            case IN_PROGRESS -> new ChecklistRow("R-TRN-2", label, ChecklistRow.State.NOT_MET,
                    "Under way: finish it on the Written test page before the time runs out.");
            case WAITING -> new ChecklistRow("R-TRN-2", label, ChecklistRow.State.NOT_MET,
                    last + "Your next attempt may start on " + UsDates.shown(standing.nextAttemptFrom()) + ".");
            case ATTEMPTS_USED -> new ChecklistRow("R-TRN-2", label, ChecklistRow.State.NOT_MET,
                    last + "You have used all " + standing.maxAttempts() + " attempts. " + examPolicy.afterLastAttempt());
            case PASSED -> new ChecklistRow("R-TRN-2", label, ChecklistRow.State.MET, sittings.stream().filter(s -> Boolean.TRUE.equals(s.getPassed()))
                    .findFirst().map(s -> "Passed on " + UsDates.shown(s.getSatOn()) + " with " + s.result().percent() + "%.").orElse("Passed."));
        };
    }

    private static String openTestText(Blueprint blueprint) {
        return String.format("Open to you now on the Written test page: %d questions, %d minutes, pass mark %s%%.", blueprint.totalItems(),
                blueprint.timeAllowed().toMinutes(), blueprint.passMark().stripTrailingZeros().toPlainString());
    }

    /** R-BG-3: what the applicant is told of the federal exclusion screening. */
    private static ChecklistRow exclusionRow(CertificationApplication a, ExclusionStanding standing) {
        String label = "Federal exclusion list (HHS-OIG LEIE) screening";
        if (a.getSubmittedAt() == null) {
            return new ChecklistRow("R-BG-3", label, ChecklistRow.State.NOT_STARTED, "You are screened when you submit.");
        }
        return switch (standing.state()) {
            case NO_LIST -> new ChecklistRow("R-BG-3", label, ChecklistRow.State.WAITING_FOR_STAFF, "Screening starts when staff import the list.");
            case CLEAR -> new ChecklistRow("R-BG-3", label, ChecklistRow.State.MET, "Not on the list in force.");
            case UNDER_REVIEW -> new ChecklistRow("R-BG-3", label, ChecklistRow.State.WAITING_FOR_STAFF,
                    "A name on the list resembles yours; state staff are checking whether it is you.");
            case EXCLUDED -> new ChecklistRow("R-BG-3", label, ChecklistRow.State.NOT_MET,
                    "Staff confirmed you are on the federal exclusion list; a certificate cannot be issued or renewed. "
                            + "Contact your state certification office to dispute it.");
        };
    }

    private static ChecklistRow.State decisionState(ApplicationStatus status) {
        return switch (status) {
            case ELIGIBLE -> ChecklistRow.State.MET;
            case SUBMITTED, IN_REVIEW -> ChecklistRow.State.WAITING_FOR_STAFF;
            case DEFICIENT, DENIED, WITHDRAWN -> ChecklistRow.State.NOT_MET;
            case DRAFT -> ChecklistRow.State.NOT_STARTED;
        };
    }

    private static String decisionText(CertificationApplication a) {
        return switch (a.getStatus()) {
            case DRAFT -> "Not submitted yet.";
            case SUBMITTED -> "Submitted; waiting for a reviewer.";
            case IN_REVIEW -> "A reviewer is looking at your application.";
            case DEFICIENT -> "Returned to you: " + a.getDecisionReason() + " To fix: "
                    + a.getReopenedParts().stream().map(ApplicationPart::label).collect(Collectors.joining(", ")) + ".";
            case ELIGIBLE -> "Eligible: you may enrol in the basic training.";
            case DENIED -> "Denied: " + a.getDecisionReason();
            case WITHDRAWN -> "Withdrawn.";
        };
    }

    private static String nextAction(CertificationApplication a) {
        return switch (a.getStatus()) {
            case DRAFT -> "Complete every step of your application and submit it.";
            case DEFICIENT -> "Fix what the reviewer listed, then submit again.";
            case SUBMITTED, IN_REVIEW -> "Nothing for now: state staff are reviewing your application.";
            case ELIGIBLE -> throw new IllegalStateException("An eligible application's next step comes from its rows (eligibleProgress)");
            case DENIED -> "Read the reasons in your email; it explains how to appeal.";
            case WITHDRAWN -> "Start a new application when you are ready.";
        };
    }

    private static String waitingOn(CertificationApplication a) {
        return a.getStatus().awaitingStaff() ? "State certification staff" : a.getStatus().closed() ? "Nobody" : "You";
    }
}
