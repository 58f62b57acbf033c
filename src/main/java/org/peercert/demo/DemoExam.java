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
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.peercert.applications.ApplicationForm;
import org.peercert.applications.ApplicationService;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.Decision;
import org.peercert.applications.Track;
import org.peercert.document.DocumentKind;
import org.peercert.exam.ItemBankService;
import org.peercert.training.Cohort;
import org.peercert.training.CohortForm;
import org.peercert.training.Delivery;
import org.peercert.training.TrainingService;

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
    ApplicationService applications;

    @Inject
    TrainingService training;

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
        String examinee = EXAMINEE + DemoData.DOMAIN;
        if (applications.currentFor(examinee).isEmpty()) {
            trained(examinee, eligible(examinee, "Emery", "Examinee", LocalDate.of(1988, 9, 3)));
            LOG.info(() -> examinee + " has completed the basic training and may take the written test");
        }
    }

    /** A CPS application of this demo person, submitted and found eligible by the demo staff member. */
    CertificationApplication eligible(String email, String firstName, String lastName, LocalDate born) {
        CertificationApplication draft = applications.start(email, Track.CPS);
        applications.saveDraft(email, draft.getId(), new ApplicationForm(Track.CPS, firstName, lastName, null, born, "400 SW 8th Ave",
                "Topeka", "KS", "66603", "785-555-0142", true, "In recovery since 2015; I co-lead a weekly peer support group at my "
                + "community center and want to help others find their own path."));
        applications.upload(email, draft.getId(), DocumentKind.DIPLOMA, "diploma.png", new ByteArrayInputStream(blankPng()));
        applications.submit(email, draft.getId(), firstName + " " + lastName, true);
        String staff = "staff" + DemoData.DOMAIN;
        applications.startReview(staff, draft.getId());
        applications.documentsOf(draft).forEach(d -> applications.reviewDocument(staff, d.getId(), true, null));
        return applications.decide(staff, draft.getId(), applications.find(draft.getId()).getVersion(), Decision.ELIGIBLE, null, Set.of());
    }

    /** The basic training completed in a demo cohort that ended last week, confirmed by the demo trainer. */
    void trained(String email, CertificationApplication application) {
        String trainer = "trainer" + DemoData.DOMAIN;
        LocalDate today = LocalDate.now(clock);
        Cohort cohort = training.createCohort(trainer, new CohortForm("Demo cohort (sample)", today.minusDays(12), today.minusDays(8),
                Delivery.VIRTUAL, "Online", 20));
        training.enrol(trainer, cohort.getId(), email);
        Map<String, Integer> fullHours = new HashMap<>();
        training.modulesOf(training.currentCurriculum())
                .forEach(m -> fullHours.put(TrainingService.cell(application.getApplicantId(), m.getId()), m.getMinutes()));
        training.recordAttendance(trainer, cohort.getId(), fullHours);
        training.confirmResults(trainer, cohort.getId());
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
