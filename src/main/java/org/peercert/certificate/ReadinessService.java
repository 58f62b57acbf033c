package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import org.peercert.applications.ApplicationStatus;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.QueueSearch;
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
        return eligible(QueueSearch.NONE, first, pageSize);
    }

    /** As {@link #eligible(int, int)}, only those the search finds (a name, an email or an application number). */
    public Paging<ReadinessRow> eligible(QueueSearch search, int first, int pageSize) {
        String where = " where a.status = :s" + NOT_CERTIFIED + search.condition();
        TypedQuery<Long> count = em.createQuery("select count(a) from CertificationApplication a" + where, Long.class);
        TypedQuery<CertificationApplication> page = em.createQuery("select a from CertificationApplication a" + where + " order by a.decidedAt, a.id",
                CertificationApplication.class);
        for (TypedQuery<?> query : List.of(count, page)) {
            query.setParameter("s", ApplicationStatus.ELIGIBLE);
            search.bind(query);
        }
        List<ReadinessRow> rows = page.setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
                .map(a -> new ReadinessRow(a, of(a))).toList();
        return new Paging<>(rows, count.getSingleResult());
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
