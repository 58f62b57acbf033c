package org.peercert.exam.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peercert.account.web.CurrentUser;
import org.peercert.exam.DomainScore;
import org.peercert.exam.ExamPolicy;
import org.peercert.exam.ExamService;
import org.peercert.exam.ExamSitting;
import org.peercert.exam.PerformanceDomain;
import org.peercert.platform.web.FacesMessages;

/** The written test on staff's review page: the applicant's attempts, and the result of a paper test to record (R-TRN-2). */
@Named
@ViewScoped
public class PaperResultBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExamService exams;

    @Inject
    CurrentUser currentUser;

    @Inject
    ExamPolicy policy;

    private LocalDate satOn;
    /** Typed per domain, in the domains' order: items answered correctly. */
    private final String[] correct = new String[PerformanceDomain.values().length];
    private transient List<ExamSitting> attempts;

    public void record(long applicationId) {
        Map<PerformanceDomain, DomainScore> scores = new EnumMap<>(PerformanceDomain.class);
        try {
            for (PerformanceDomain domain : PerformanceDomain.values()) {
                scores.put(domain, new DomainScore(Integer.parseInt(correct[domain.ordinal()].strip()), items(domain)));
            }
        } catch (RuntimeException notScores) {
            FacesMessages.error("exam.paperScores");
            return;
        }
        ExamSitting sitting = exams.recordPaperResult(currentUser.getEmail(), applicationId, satOn, scores);
        FacesMessages.info("exam.paperRecorded", sitting.result().percent() + "%, " + (sitting.getPassed() ? "passed" : "not passed"));
        satOn = null;
        Arrays.fill(correct, null);
        attempts = null;
    }

    public List<ExamSitting> attemptsOf(long applicantId) {
        if (attempts == null) {
            attempts = exams.sittingsOf(applicantId);
        }
        return attempts;
    }

    public List<PerformanceDomain> getDomains() {
        return List.of(PerformanceDomain.values());
    }

    public LocalDate getSatOn() {
        return satOn;
    }

    public void setSatOn(LocalDate satOn) {
        this.satOn = satOn;
    }

    public String[] getCorrect() {
        return correct;
    }

    /** Items of a domain on a test form, paper or online: the blueprint's. */
    public int items(PerformanceDomain domain) {
        return policy.blueprint().itemsOf(domain);
    }
}
