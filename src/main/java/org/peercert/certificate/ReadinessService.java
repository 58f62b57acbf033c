package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.peercert.applications.ApplicationStatus;
import org.peercert.applications.CertificationApplication;
import org.peercert.background.BackgroundService;
import org.peercert.background.exclusion.ScreeningService;
import org.peercert.exam.ExamService;
import org.peercert.platform.Paging;
import org.peercert.training.CompletionService;

/** R-TRN-3: the staff's readiness view, every eligible applicant with what still stands between them and a certificate. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadinessService {

    private static final String NOT_CERTIFIED = " and not exists (select c.id from Certificate c where c.applicationId = a.id)";

    @PersistenceContext
    EntityManager em;

    @Inject
    CompletionService completionService;

    @Inject
    ExamService exams;

    @Inject
    BackgroundService background;

    @Inject
    ScreeningService screening;

    /** Eligible applications without a certificate yet, longest eligible first, each with its readiness. */
    public Paging<ReadinessRow> eligible(int first, int pageSize) {
        long total = em.createQuery("select count(a) from CertificationApplication a where a.status = :s" + NOT_CERTIFIED, Long.class)
                .setParameter("s", ApplicationStatus.ELIGIBLE).getSingleResult();
        List<ReadinessRow> rows = em.createQuery("select a from CertificationApplication a where a.status = :s" + NOT_CERTIFIED + " order by a.decidedAt, a.id",
                        CertificationApplication.class).setParameter("s", ApplicationStatus.ELIGIBLE)
                .setFirstResult(first).setMaxResults(pageSize).getResultList().stream().map(a -> new ReadinessRow(a, of(a))).toList();
        return new Paging<>(rows, total);
    }

    public Readiness of(CertificationApplication application) {
        long applicantId = application.getApplicantId();
        return Readiness.of(application.getStatus() == ApplicationStatus.ELIGIBLE,
                completionService.confirmedCompletion(applicantId).isComplete(),
                exams.hasPassed(applicantId),
                background.standings(application.getId()),
                screening.standing(applicantId).blocksCertification());
    }
}
