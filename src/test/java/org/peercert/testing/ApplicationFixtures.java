package org.peercert.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.peercert.account.AccountService;
import org.peercert.account.Role;
import org.peercert.applications.ApplicationChecks;
import org.peercert.applications.ApplicationDrafts;
import org.peercert.applications.ApplicationForm;
import org.peercert.applications.ApplicationProgress;
import org.peercert.applications.ApplicationReview;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.Decision;
import org.peercert.applications.Track;
import org.peercert.background.CheckKind;
import org.peercert.background.CheckRecord;
import org.peercert.background.CheckResult;
import org.peercert.certificate.CertificateService;
import org.peercert.document.DocumentKind;
import org.peercert.exam.ExamService;
import org.peercert.exam.ExamSitting;
import org.peercert.training.AttendanceService;
import org.peercert.training.Cohort;
import org.peercert.training.CohortForm;
import org.peercert.training.CohortService;
import org.peercert.training.CompletionService;
import org.peercert.training.CurriculumService;
import org.peercert.training.Delivery;
import org.peercert.training.SeatService;

/** Applicants and applications in a known state, for tests that run inside the server. */
@ApplicationScoped
public class ApplicationFixtures {

    /** The password of the applicants these fixtures make without one given (holders of fixture certificates too). */
    public static final String APPLICANT_PASSWORD = "correct horse battery";

    private static final String STAFF = TestAccounts.STAFF;
    private static final String TRAINER = TestAccounts.TRAINER;
    public static final String STATEMENT = "I have been in recovery for eight years and I facilitate a weekly peer support group.";

    @Inject
    ApplicationChecks applicationChecks;

    @Inject
    ApplicationDrafts applicationDrafts;

    @Inject
    ApplicationProgress applicationProgress;

    @Inject
    ApplicationReview applicationReview;

    @Inject
    AccountService accounts;

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
    Clock clock;

    @Inject
    ExamService exams;

    @Inject
    TestData data;

    @Inject
    CertificateService certificates;

    /** Where an applicant's journey has got to, in order. */
    public enum Stage { REGISTERED, SUBMITTED, ELIGIBLE, TRAINED, READY, CERTIFIED }

    public String applicant(LocalDate dateOfBirth) {
        String email = "app-" + UUID.randomUUID() + "@example.org";
        accounts.ensureDemoAccount(email, "Dana", "Reyes", dateOfBirth, EnumSet.of(Role.APPLICANT), APPLICANT_PASSWORD);
        return email;
    }

    /**
     * A new applicant with a confirmed account of this name, birth date and password, brought to the stage: a
     * submitted CPS application (Topeka address, a diploma scan), found eligible by staff, trained with results
     * confirmed, ready for a certificate (test passed, checks clear), certified (test passed, checks clear, certificate issued). Returns the certificate's number at
     * CERTIFIED, else nothing.
     */
    public Optional<String> applicantAt(Stage stage, String email, String firstName, String lastName, LocalDate dateOfBirth, String password) {
        accounts.ensureDemoAccount(email, firstName, lastName, dateOfBirth, EnumSet.of(Role.APPLICANT), password);
        if (stage == Stage.REGISTERED) {
            return Optional.empty();
        }
        CertificationApplication application = submitted(Track.CPS, email, firstName, lastName, dateOfBirth);
        if (stage == Stage.SUBMITTED) {
            return Optional.empty();
        }
        decideEligible(application);
        if (stage == Stage.TRAINED) {
            confirm(attendedEverything(email, application));
        } else if (stage == Stage.READY) {
            readied(application, email);
        } else if (stage == Stage.CERTIFIED) {
            return Optional.of(certificates.issue(readied(application, email).getId(), STAFF).getNumber());
        }
        return Optional.empty();
    }

    public static ApplicationForm completeForm(LocalDate dateOfBirth) {
        return new ApplicationForm(Track.CPS, "Dana", "Reyes", "Dana Smith", dateOfBirth, "12 Elm Street", "Topeka", "ks",
                "66601", "785-555-0100", true, STATEMENT);
    }

    public static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A complete draft with an uploaded diploma, ready to submit. */
    public CertificationApplication readyDraft(String email, LocalDate dateOfBirth) {
        CertificationApplication draft = applicationDrafts.start(email, Track.CPS);
        applicationDrafts.saveDraft(email, draft.getId(), completeForm(dateOfBirth));
        applicationDrafts.upload(email, draft.getId(), DocumentKind.DIPLOMA, "diploma.png", new ByteArrayInputStream(png()));
        return draft;
    }

    public CertificationApplication submitted(String email) {
        CertificationApplication draft = readyDraft(email, LocalDate.of(1990, 5, 1));
        return applicationDrafts.submit(email, draft.getId(), "Dana Reyes", true);
    }

    /** A submitted application of a person with this legal name and birth date. */
    public CertificationApplication submittedAs(String firstName, String lastName, LocalDate dateOfBirth) {
        return submitted(Track.CPS, applicant(dateOfBirth), firstName, lastName, dateOfBirth);
    }

    private CertificationApplication submitted(Track track, String email, String firstName, String lastName, LocalDate dateOfBirth) {
        CertificationApplication draft = applicationDrafts.start(email, track);
        applicationDrafts.saveDraft(email, draft.getId(), new ApplicationForm(track, firstName, lastName, null, dateOfBirth, "12 Elm Street",
                "Topeka", "ks", "66601", "785-555-0100", true, STATEMENT));
        applicationDrafts.upload(email, draft.getId(), DocumentKind.DIPLOMA, "diploma.png", new ByteArrayInputStream(png()));
        return applicationDrafts.submit(email, draft.getId(), firstName + " " + lastName, true);
    }

    /** An application staff reviewed and found eligible: the moment before training. */
    public CertificationApplication eligible(String email) {
        return decideEligible(submitted(email));
    }

    private CertificationApplication decideEligible(CertificationApplication application) {
        applicationReview.startReview(STAFF, application.getId());
        applicationProgress.documentsOf(application).forEach(d -> applicationReview.reviewDocument(STAFF, d.getId(), true, null));
        return applicationReview.decide(STAFF, application.getId(), applicationReview.find(application.getId()).getVersion(), Decision.ELIGIBLE,
                null, Set.of());
    }

    /** An eligible applicant seated in a cohort that ended, with every module attended; the trainer has not confirmed it. */
    public Cohort attendedEverything(String email) {
        return attendedEverything(email, eligible(email));
    }

    private Cohort attendedEverything(String email, CertificationApplication application) {
        LocalDate today = LocalDate.now(clock);
        Cohort cohort = cohortService.createCohort(TRAINER, new CohortForm("Fixture cohort " + UUID.randomUUID(), today.minusDays(12),
                today.minusDays(8), Delivery.VIRTUAL, "Online", 20));
        seatService.enrol(TRAINER, cohort.getId(), email);
        Map<String, Integer> fullHours = new HashMap<>();
        curriculumService.modulesOf(curriculumService.currentCurriculum())
                .forEach(m -> fullHours.put(AttendanceService.cell(application.getApplicantId(), m.getId()), m.getMinutes()));
        attendanceService.recordAttendance(TRAINER, cohort.getId(), fullHours);
        return cohort;
    }

    public void confirm(Cohort cohort) {
        completionService.confirmResults(TRAINER, cohort.getId());
    }

    /** R-TRN-1 done and confirmed: the moment before the written test. Returns the applicant's account id. */
    public long trained(String email) {
        confirm(attendedEverything(email));
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    /**
     * R-TRN-3: every requirement met (eligible, trained and confirmed, test passed, three clear checks from last
     * week): the moment before a certificate. A fresh applicant with this legal name, born on this day, in Topeka.
     */
    public CertificationApplication readyForCertificate(String firstName, String lastName, LocalDate dateOfBirth) {
        return readyForCertificate(Track.CPS, firstName, lastName, dateOfBirth);
    }

    /** As {@link #readyForCertificate(String, String, LocalDate)}, on either track (PPS: Parent Peer Support). */
    public CertificationApplication readyForCertificate(Track track, String firstName, String lastName, LocalDate dateOfBirth) {
        String email = applicant(dateOfBirth);
        return readied(decideEligible(submitted(track, email, firstName, lastName, dateOfBirth)), email);
    }

    /** An eligible application taken to the moment before its certificate: trained, tested, three clear checks. */
    private CertificationApplication readied(CertificationApplication application, String email) {
        confirm(attendedEverything(email, application));
        ExamSitting sitting = exams.start(email);
        data.correctPlaces(sitting.getId()).forEach((position, place) -> exams.answer(email, sitting.getId(), position, place));
        exams.finish(email, sitting.getId());
        LocalDate lastWeek = LocalDate.now(clock).minusDays(7);
        for (CheckKind kind : CheckKind.values()) {
            applicationChecks.recordCheck(STAFF, application.getId(), new CheckRecord(kind, CheckResult.CLEAR, lastWeek, "Fixture agency",
                    "FX-" + (kind.ordinal() + 1) + "-" + application.getId(), null), null);
        }
        return applicationReview.find(application.getId());
    }
}
