package org.peercert.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.peercert.applications.ApplicationDrafts;
import org.peercert.applications.ApplicationForm;
import org.peercert.applications.ApplicationProgress;
import org.peercert.applications.ApplicationReview;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.Decision;
import org.peercert.applications.Track;
import org.peercert.document.DocumentKind;
import org.peercert.exam.ItemBankService;
import org.peercert.training.AttendanceService;
import org.peercert.training.Cohort;
import org.peercert.training.CohortForm;
import org.peercert.training.CohortService;
import org.peercert.training.CompletionService;
import org.peercert.training.CurriculumService;
import org.peercert.training.Delivery;
import org.peercert.training.SeatService;

/**
 * The demo of the written test (R-TRN-2): a sample item bank, marked "[Sample]" in every question, and a
 * demo applicant who has completed the basic training, so the test can be taken at once. Both are made
 * through the portal's own services, once.
 */
@ApplicationScoped
public class DemoExam {

    private static final Logger LOG = Logger.getLogger(DemoExam.class.getName());
    static final String SAMPLE_ITEMS = "/org/peercert/demo/sample-exam-items.csv";
    static final String EXAMINEE = "examinee";

    @Inject
    ItemBankService bank;

    @Inject
    ApplicationDrafts applicationDrafts;

    @Inject
    ApplicationProgress applicationProgress;

    @Inject
    ApplicationReview applicationReview;

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

    void seed() {
        if (bank.activeCounts().values().stream().allMatch(count -> count == 0)) {
            try (Reader csv = new InputStreamReader(DemoExam.class.getResourceAsStream(SAMPLE_ITEMS), StandardCharsets.UTF_8)) {
                LOG.info(() -> "Sample test items loaded: " + bank.importItems("system", csv).added());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        upcomingCohorts();
        String examinee = EXAMINEE + DemoData.DOMAIN;
        if (applicationDrafts.currentFor(examinee).isEmpty()) {
            trained(examinee, eligible(examinee, "Emery", "Examinee", LocalDate.of(1988, 9, 3)));
            LOG.info(() -> examinee + " has completed the basic training and may take the written test");
        }
    }

    /** A CPS application of this demo person, submitted and found eligible by the demo staff member. */
    CertificationApplication eligible(String email, String firstName, String lastName, LocalDate born) {
        CertificationApplication draft = applicationDrafts.start(email, Track.CPS);
        applicationDrafts.saveDraft(email, draft.getId(), new ApplicationForm(Track.CPS, firstName, lastName, null, born, "400 SW 8th Ave",
                "Topeka", "KS", "66603", "785-555-0142", true, "In recovery since 2015; I co-lead a weekly peer support group at my "
                + "community center and want to help others find their own path."));
        applicationDrafts.upload(email, draft.getId(), DocumentKind.DIPLOMA, "diploma.png", new ByteArrayInputStream(blankPng()));
        applicationDrafts.submit(email, draft.getId(), firstName + " " + lastName, true);
        String staff = "staff" + DemoData.DOMAIN;
        applicationReview.startReview(staff, draft.getId());
        applicationProgress.documentsOf(draft).forEach(d -> applicationReview.reviewDocument(staff, d.getId(), true, null));
        return applicationReview.decide(staff, draft.getId(), applicationReview.find(draft.getId()).getVersion(), Decision.ELIGIBLE, null, Set.of());
    }

    /** A finished cohort the demo's trained people attended: each in its own, so the trainers' lists tell them apart. */
    private record PastCohort(String title, int endedDaysAgo, Delivery delivery, String location, String trainer) {
    }

    private static final List<PastCohort> PAST_COHORTS = List.of(
            new PastCohort("Topeka, autumn cohort", 8, Delivery.IN_PERSON, "Topeka and Shawnee County Public Library, 1515 SW 10th Ave, Topeka",
                    "trainer"),
            new PastCohort("Statewide online cohort", 22, Delivery.VIRTUAL, "Online (the link comes by mail)", "multi"),
            new PastCohort("Lawrence, weekend cohort", 36, Delivery.IN_PERSON, "Lawrence Community Building, 115 W 11th St, Lawrence",
                    "trainer"));

    private int pastCohortsMade;

    /** The basic training completed in a demo cohort that has ended, confirmed by its trainer. */
    void trained(String email, CertificationApplication application) {
        PastCohort past = PAST_COHORTS.get(pastCohortsMade++ % PAST_COHORTS.size());
        String trainer = past.trainer() + DemoData.DOMAIN;
        LocalDate endedOn = LocalDate.now(clock).minusDays(past.endedDaysAgo());
        Cohort cohort = cohortService.createCohort(trainer, new CohortForm(past.title(), endedOn.minusDays(4), endedOn, past.delivery(),
                past.location(), 20));
        seatService.enrol(trainer, cohort.getId(), email);
        Map<String, Integer> fullHours = new HashMap<>();
        curriculumService.modulesOf(curriculumService.currentCurriculum())
                .forEach(m -> fullHours.put(AttendanceService.cell(application.getApplicantId(), m.getId()), m.getMinutes()));
        attendanceService.recordAttendance(trainer, cohort.getId(), fullHours);
        completionService.confirmResults(trainer, cohort.getId());
    }

    /** A cohort running this week and one open for seat requests next month, unless the demo has them already. */
    void upcomingCohorts() {
        LocalDate today = LocalDate.now(clock);
        String multi = "multi" + DemoData.DOMAIN;
        String trainer = "trainer" + DemoData.DOMAIN;
        if (cohortService.cohortsOf(multi).stream().noneMatch(c -> !c.getStartsOn().isAfter(today) && !c.getEndsOn().isBefore(today))) {
            cohortService.createCohort(multi, new CohortForm("Wichita, this week", today.minusDays(2), today.plusDays(2), Delivery.IN_PERSON,
                    "Wichita Public Library, 711 W 2nd St N, Wichita", 16));
        }
        if (cohortService.cohortsOf(trainer).stream().noneMatch(c -> c.getStartsOn().isAfter(today))) {
            cohortService.createCohort(trainer, new CohortForm("Garden City, next month", today.plusDays(24), today.plusDays(28),
                    Delivery.IN_PERSON, "Finney County Public Library, 605 E Walnut St, Garden City", 12));
        }
    }

    private static byte[] blankPng() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
