package org.peercert.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.PortalUrls;

/** R-TRN-1: completion computed from attendance, never typed, and the trainer's confirmation of a finished cohort's results. */
@ApplicationScoped
@Transactional
public class CompletionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditService audit;

    @Inject
    OutboxService outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    @Inject
    CurriculumService curriculumService;

    @Inject
    CohortService cohortService;

    /**
     * The trainer confirms the cohort's results: each person seated is told by mail where they stand on
     * the curriculum (completed, or the modules still to attend). Confirmed once. The day of a completion is kept
     * (the cohort's last day), for the pipeline report.
     */
    public List<RosterRow> confirmResults(String trainerEmail, long cohortId) {
        Cohort cohort = cohortService.openCohortLocked(trainerEmail, cohortId);
        if (LocalDate.now(clock).isBefore(cohort.getEndsOn())) {
            throw new TrainingProblem("training.notEndedYet", cohort.getEndsOn());
        }
        cohort.confirmResults(trainerEmail, clock.instant());
        List<RosterRow> seated = cohortService.roster(cohortId).stream().filter(r -> r.status() == EnrolmentStatus.ENROLLED).toList();
        for (RosterRow person : seated) {
            TrainingCompletion completion = completion(person.applicantId());
            keepCompletionDay(person.applicantId(), cohort);
            outbox.enqueue(templates.render("training-results", person.email(), person.name(), cohort.getTitle(), urls.absolute("/applicant/index.xhtml"),
                    completion.isComplete() ? "You completed the basic training: every module is attended."
                            : "Still to attend: " + String.join("; ", completion.missingModules()) + "."));
        }
        audit.record(trainerEmail, AuditAction.COHORT_RESULTS_CONFIRMED, CohortService.subject(cohort), seated.size() + " people told their results");
        return seated;
    }

    private void keepCompletionDay(long applicantId, Cohort cohort) {
        if (em.find(CompletedTraining.class, applicantId) == null && confirmedCompletion(applicantId).isComplete()) {
            em.persist(new CompletedTraining(applicantId, cohort.getId(), cohort.getEndsOn(), clock.instant()));
        }
    }

    /** R-TRN-1: where a person stands on the curriculum of the first cohort they were seated in, from all attendance recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingCompletion completion(long applicantId) {
        return completion(applicantId, false);
    }

    public TrainingCompletion completion(long applicantId, boolean confirmedOnly) {
        List<CurriculumVersion> versions = em.createQuery("select c.curriculum from Enrolment e, Cohort c where c.id = e.cohortId "
                        + "and e.applicantId = :a and e.status in (:attended) "
                        + "order by case when e.status = org.peercert.training.EnrolmentStatus.ENROLLED then 0 else 1 end, c.startsOn, c.id", CurriculumVersion.class)
                .setParameter("a", applicantId).setParameter("attended", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WITHDRAWN))
                .setMaxResults(1).getResultList();
        if (versions.isEmpty()) {
            return new TrainingCompletion(0, 0, List.of());
        }
        List<TrainingCompletion.Module> curriculum = curriculumService.modulesOf(versions.get(0)).stream()
                .map(m -> new TrainingCompletion.Module(m.getTitle(), m.getMinutes())).toList();
        List<TrainingCompletion.Attended> attended = em.createQuery("select m.title, a.minutes from ModuleAttendance a, CurriculumModule m, Cohort c "
                        + "where m.id = a.moduleId and c.id = a.cohortId and a.applicantId = :a "
                        + "and (:all = true or c.resultsConfirmedAt is not null)", Object[].class)
                .setParameter("a", applicantId).setParameter("all", !confirmedOnly).getResultList().stream()
                .map(r -> new TrainingCompletion.Attended((String) r[0], ((Number) r[1]).intValue())).toList();
        return TrainingCompletion.of(curriculum, attended);
    }

    /**
     * R-TRN-1 as the written test (R-TRN-2) needs it: counting only attendance in cohorts whose trainer
     * confirmed the results, so a grid still being corrected opens no test.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingCompletion confirmedCompletion(long applicantId) {
        return completion(applicantId, true);
    }
}
