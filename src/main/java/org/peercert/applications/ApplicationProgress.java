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
import org.peercert.applications.ChecklistRow.State;
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
import org.peercert.platform.Text;
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

    /** Modules named in the training row before "and N more". */
    private static final int SHOWN_MODULES = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ApplicationPolicy policy;

    @Inject
    TrackTitles trackTitles;

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
        List<ChecklistRow> rows = new ArrayList<>();
        rows.add(ageRow(a));
        rows.add(educationRow(documents.forApplication(a.getId())));
        rows.add(attestationRow(a));
        return rows;
    }

    private ChecklistRow ageRow(CertificationApplication a) {
        LocalDate onDate = a.getSubmittedAt() == null ? LocalDate.now(clock) : LocalDate.ofInstant(a.getSubmittedAt(), ZoneOffset.UTC);
        boolean adult = EligibilityRules.isOldEnough(a.getDateOfBirth(), onDate, policy.minimumAge());
        Text explanation = a.getDateOfBirth() == null ? Text.of("progress.age.missing")
                : adult ? Text.of("progress.age.met", UsDates.shown(a.getDateOfBirth())) : Text.of("progress.age.notYet", policy.minimumAge());
        return new ChecklistRow("R-ELIG-1", Text.of("progress.age.requirement", policy.minimumAge()), adult ? State.MET : State.NOT_MET, explanation);
    }

    private ChecklistRow attestationRow(CertificationApplication a) {
        int minLength = policy.recoveryStatementMinLength();
        boolean attested = EligibilityRules.isAttested(a.isLivedExperience(), a.getRecoveryStatement(), minLength,
                a.getSignatureName(), a.getLegalFirstName(), a.getLegalLastName());
        Text explanation = attested ? Text.of("progress.attestation.signed", UsDates.shown(a.getSignedOn()), a.getAttestationVersion())
                : !a.isLivedExperience() ? Text.of("progress.attestation.livedExperience", trackTitles.title(a.getTrack()))
                : a.getRecoveryStatement() == null || a.getRecoveryStatement().length() < minLength ? Text.of("progress.attestation.statement", minLength)
                : Text.of("progress.attestation.sign");
        return new ChecklistRow("R-ELIG-3", Text.of("progress.attestation.requirement"), attested ? State.MET : State.NOT_MET, explanation);
    }

    private static ChecklistRow educationRow(List<ApplicationDocument> docs) {
        List<ApplicationDocument> education = docs.stream().filter(d -> d.getKind().showsEducation()).toList();
        Text label = Text.of("progress.education.requirement");
        if (education.stream().anyMatch(d -> d.getReview() == DocumentReview.ACCEPTED)) {
            return new ChecklistRow("R-ELIG-2", label, State.MET, Text.of("progress.education.accepted"));
        }
        if (education.stream().anyMatch(d -> d.getReview() == DocumentReview.PENDING)) {
            return new ChecklistRow("R-ELIG-2", label, State.WAITING_FOR_STAFF, Text.of("progress.education.pending"));
        }
        Text explanation = education.stream().filter(d -> d.getReview() == DocumentReview.REJECTED).map(ApplicationDocument::getReviewReason)
                .reduce((x, y) -> y).map(reason -> Text.of("progress.education.missingAfterRefusal", reason))
                .orElse(Text.of("progress.education.missing"));
        return new ChecklistRow("R-ELIG-2", label, State.NOT_MET, explanation);
    }

    /** Which of the applicant's documents the reviewer did not accept, and why; empty when none. */
    public Optional<Text> refusedDocuments(CertificationApplication a) {
        List<Text> refused = documentsOf(a).stream().filter(d -> d.getReview() == DocumentReview.REJECTED)
                .map(d -> Text.of("progress.refusedDocument", d.getKind(), d.getOriginalName(), d.getReviewReason())).toList();
        return refused.isEmpty() ? Optional.empty() : Optional.of(Text.of("progress.refusedDocuments", refused));
    }

    /** The applicant's whole path; later features fill the rows that say "not started" today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Progress progress(CertificationApplication a) {
        List<ChecklistRow> rows = new ArrayList<>(eligibility(a));
        Text decision = a.getStatus() == ApplicationStatus.DEFICIENT
                ? refusedDocuments(a).map(refused -> Text.of("progress.twoSentences", decisionText(a), refused)).orElse(decisionText(a))
                : decisionText(a);
        rows.add(new ChecklistRow("R-ELIG", Text.of("progress.decision.requirement"), decisionState(a.getStatus()), decision));
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
        Text label = Text.of("progress.certificate.requirement");
        if (certificate.isPresent()) {
            return new ChecklistRow("R-TRN-3", label, State.MET, Text.of("progress.certificate.issued", certificate.get()[0], certificate.get()[1]));
        }
        if (before.stream().allMatch(row -> row.state() == State.MET)) {
            return new ChecklistRow("R-TRN-3", label, State.WAITING_FOR_STAFF, Text.of("progress.certificate.waiting"));
        }
        return new ChecklistRow("R-TRN-3", label, State.NOT_STARTED, Text.of("progress.certificate.notStarted"));
    }

    /**
     * Once eligible, the applicant's own steps (training, then the test) come first; when those are done, what is
     * left (checks, the certificate) waits for staff.
     */
    private Progress eligibleProgress(CertificationApplication a, List<ChecklistRow> rows, boolean certified) {
        if (certified) {
            return new Progress(rows, Text.of("progress.next.certified"), Text.of("progress.waiting.nobody"), queue.targetDecisionDate(a));
        }
        Optional<ChecklistRow> yours = rows.stream().filter(row -> APPLICANTS_STEPS.contains(row.ruleId()))
                .filter(row -> row.state() != State.MET).findFirst();
        if (yours.isEmpty()) {
            return new Progress(rows, Text.of("progress.next.staffFinish"), Text.of("progress.waiting.staff"), queue.targetDecisionDate(a));
        }
        ChecklistRow next = yours.get();
        Text action = next.ruleId().equals("R-TRN-1") && next.state() == State.NOT_STARTED
                ? Text.of("progress.next.enrol", trainingPolicy.curriculumHours())
                : Text.of("progress.next.row", next.requirement(), next.explanation());
        Text waitingOn = next.state() == State.WAITING_FOR_STAFF ? Text.of("progress.waiting.trainer") : Text.of("progress.waiting.you");
        return new Progress(rows, action, waitingOn, queue.targetDecisionDate(a));
    }

    /** R-BG-1/2: all three checks clear and unexpired; otherwise the row names each check that is not. */
    private static ChecklistRow backgroundRow(Map<CheckKind, CheckStanding> standings) {
        Text label = Text.of("progress.background.requirement");
        if (standings.values().stream().allMatch(s -> s == CheckStanding.MISSING)) {
            return new ChecklistRow("R-BG-1", label, State.NOT_STARTED, Text.of("progress.background.notStarted"));
        }
        if (standings.values().stream().allMatch(s -> s == CheckStanding.SATISFIED)) {
            return new ChecklistRow("R-BG-1", label, State.MET, Text.of("progress.background.clear"));
        }
        List<Text> open = standings.entrySet().stream().filter(e -> e.getValue() != CheckStanding.SATISFIED)
                .map(e -> Text.of("progress.background.check", e.getKey(), e.getValue())).toList();
        boolean blocked = standings.values().stream().anyMatch(s -> s == CheckStanding.DISQUALIFIED || s == CheckStanding.EXPIRED);
        return new ChecklistRow("R-BG-2", label, blocked ? State.NOT_MET : State.WAITING_FOR_STAFF, Text.of("progress.background.open", open));
    }

    /** R-TRN-1: hours attended of the curriculum, and the modules still to attend. */
    private ChecklistRow trainingRow(TrainingCompletion completion, boolean confirmed) {
        Text label = Text.of("progress.training.requirement", Hours.of(completion.minutesRequired()));
        if (completion.isComplete() && confirmed) {
            return new ChecklistRow("R-TRN-1", Text.of("progress.training.doneRequirement"), State.MET, Text.of("progress.training.done"));
        }
        if (completion.isComplete()) {
            return new ChecklistRow("R-TRN-1", label, State.WAITING_FOR_STAFF, Text.of("progress.training.toConfirm"));
        }
        if (completion.minutesRequired() == 0) {
            return new ChecklistRow("R-TRN-1", Text.of("progress.training.requirement", trainingPolicy.curriculumHours()), State.NOT_STARTED,
                    Text.of("progress.training.notStarted"));
        }
        List<String> missing = completion.missingModules();
        Text still = missing.size() > SHOWN_MODULES
                ? Text.of("progress.training.modulesAndMore", missing.subList(0, SHOWN_MODULES), missing.size() - SHOWN_MODULES)
                : Text.of("progress.training.modules", missing);
        return new ChecklistRow("R-TRN-1", label, State.NOT_MET, Text.of("progress.training.attending",
                Hours.of(completion.minutesAttended()), Hours.of(completion.minutesRequired()), still));
    }

    /** R-TRN-2: the written test, from "opens after training" to passed, or what the policy requires after the last attempt. */
    private ChecklistRow examRow(ExamStanding standing, List<ExamSitting> sittings) {
        Optional<Text> last = sittings.stream().filter(s -> !s.isOpen()).reduce((x, y) -> y)
                .map(s -> Boolean.TRUE.equals(s.getPassed())
                        ? Text.of("progress.exam.lastAttempt", s.getAttemptNo(), standing.maxAttempts(), s.result().percent().toPlainString())
                        : Text.of("progress.exam.lastAttemptFailed", s.getAttemptNo(), standing.maxAttempts(), s.result().percent().toPlainString()));
        Blueprint blueprint = examPolicy.blueprint();
        return switch (standing.state()) {
            case TRAINING_FIRST -> examRow(State.NOT_STARTED, Text.of("progress.exam.trainingFirst"));
            case MAY_START -> examRow(State.NOT_MET, afterLastAttempt(last, Text.of("progress.exam.open", blueprint.totalItems(),
                    blueprint.timeAllowed().toMinutes(), blueprint.passMark().stripTrailingZeros().toPlainString())));
            case IN_PROGRESS -> examRow(State.NOT_MET, Text.of("progress.exam.inProgress"));
            case WAITING -> examRow(State.NOT_MET, afterLastAttempt(last, Text.of("progress.exam.waiting", UsDates.shown(standing.nextAttemptFrom()))));
            case ATTEMPTS_USED -> examRow(State.NOT_MET,
                    afterLastAttempt(last, Text.of("progress.exam.attemptsUsed", standing.maxAttempts(), examPolicy.afterLastAttempt())));
            case PASSED -> examRow(State.MET, sittings.stream().filter(s -> Boolean.TRUE.equals(s.getPassed())).findFirst()
                    .map(s -> Text.of("progress.exam.passed", UsDates.shown(s.getSatOn()), s.result().percent().toPlainString()))
                    .orElse(Text.of("progress.exam.passedUnrecorded")));
        };
    }

    private static ChecklistRow examRow(State state, Text explanation) {
        return new ChecklistRow("R-TRN-2", Text.of("progress.exam.requirement"), state, explanation);
    }

    private static Text afterLastAttempt(Optional<Text> last, Text now) {
        return last.map(attempt -> Text.of("progress.twoSentences", attempt, now)).orElse(now);
    }

    /** R-BG-3: what the applicant is told of the federal exclusion screening. */
    private static ChecklistRow exclusionRow(CertificationApplication a, ExclusionStanding standing) {
        Text label = Text.of("progress.exclusion.requirement");
        if (a.getSubmittedAt() == null) {
            return new ChecklistRow("R-BG-3", label, State.NOT_STARTED, Text.of("progress.exclusion.onSubmit"));
        }
        return switch (standing.state()) {
            case NO_LIST -> new ChecklistRow("R-BG-3", label, State.WAITING_FOR_STAFF, Text.of("progress.exclusion.noList"));
            case CLEAR -> new ChecklistRow("R-BG-3", label, State.MET, Text.of("progress.exclusion.clear"));
            case UNDER_REVIEW -> new ChecklistRow("R-BG-3", label, State.WAITING_FOR_STAFF, Text.of("progress.exclusion.underReview"));
            case EXCLUDED -> new ChecklistRow("R-BG-3", label, State.NOT_MET, Text.of("progress.exclusion.excluded"));
        };
    }

    private static State decisionState(ApplicationStatus status) {
        return switch (status) {
            case ELIGIBLE -> State.MET;
            case SUBMITTED, IN_REVIEW -> State.WAITING_FOR_STAFF;
            case DEFICIENT, DENIED, WITHDRAWN -> State.NOT_MET;
            case DRAFT -> State.NOT_STARTED;
        };
    }

    private static Text decisionText(CertificationApplication a) {
        return switch (a.getStatus()) {
            case DRAFT -> Text.of("progress.decision.draft");
            case SUBMITTED -> Text.of("progress.decision.submitted");
            case IN_REVIEW -> Text.of("progress.decision.inReview");
            case DEFICIENT -> Text.of("progress.decision.returned", a.getDecisionReason(), List.copyOf(a.getReopenedParts()));
            case ELIGIBLE -> Text.of("progress.decision.eligible");
            case DENIED -> Text.of("progress.decision.denied", a.getDecisionReason());
            case WITHDRAWN -> Text.of("progress.decision.withdrawn");
        };
    }

    private static Text nextAction(CertificationApplication a) {
        return switch (a.getStatus()) {
            case DRAFT -> Text.of("progress.next.draft");
            case DEFICIENT -> Text.of("progress.next.returned");
            case SUBMITTED, IN_REVIEW -> Text.of("progress.next.inReview");
            case ELIGIBLE -> throw new IllegalStateException("An eligible application's next step comes from its rows (eligibleProgress)");
            case DENIED -> Text.of("progress.next.denied");
            case WITHDRAWN -> Text.of("progress.next.withdrawn");
        };
    }

    private static Text waitingOn(CertificationApplication a) {
        return a.getStatus().awaitingStaff() ? Text.of("progress.waiting.staff")
                : a.getStatus().closed() ? Text.of("progress.waiting.nobody") : Text.of("progress.waiting.you");
    }
}
