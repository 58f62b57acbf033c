package org.peercert.ceu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peercert.account.UserAccount;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificatePolicy;
import org.peercert.document.DocumentService;

/** R-CEU-1: continuing education: categories, what certificants log, the hours of a cycle against the requirement. */
@ApplicationScoped
@Transactional
public class CeService {

    private static final int TEXT_MAX = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RenewalPolicy policy;

    @Inject
    CertificatePolicy certificatePolicy;

    @Inject
    DocumentService documents;

    @Inject
    AuditService audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CeCategory> categories() {
        return em.createQuery("select c from CeCategory c where c.active = true order by c.id", CeCategory.class).getResultList();
    }

    public CeCategory addCategory(String admin, String name, BigDecimal minimumHours) {
        String trimmed = name == null ? "" : name.trim();
        boolean taken = !em.createQuery("select c.id from CeCategory c where lower(c.name) = :n", Long.class)
                .setParameter("n", trimmed.toLowerCase()).getResultList().isEmpty();
        if (trimmed.isEmpty() || trimmed.length() > 60 || taken) {
            throw new CeProblem("ce.categoryName");
        }
        BigDecimal minimum = minimumHours == null ? BigDecimal.ZERO : minimumHours;
        if (minimum.signum() < 0 || minimum.compareTo(policy.hoursRequired()) > 0) {
            throw new CeProblem("ce.hours", policy.hoursRequired());
        }
        CeCategory category = new CeCategory(trimmed, minimum);
        em.persist(category);
        audit.record(admin, AuditAction.CE_CATEGORY_ADDED, trimmed, "minimum " + minimum + " hours");
        return category;
    }

    /**
     * A certificant logs an activity; it starts unverified. The proof, if given, passes the same checks as an
     * application document (type by content, size).
     */
    public CeActivity log(String holderEmail, CeDraft draft, String proofName, InputStream proof) {
        UserAccount holder = holderOf(holderEmail);
        CeCategory category = check(draft);
        CeActivity activity = new CeActivity(holder.getId(), draft, category, CeActivity.Source.SELF, holderEmail, clock.instant());
        if (proof != null) {
            DocumentService.StoredFile file = documents.keepChecked(proofName, proof);
            activity.attachProof(file.key(), file.name(), file.mediaType());
        }
        em.persist(activity);
        audit.record(holderEmail, AuditAction.CE_ACTIVITY_LOGGED, holderEmail, draft.hours() + " h, " + category.getName() + ": "
                + activity.getTitle());
        return activity;
    }

    private UserAccount holderOf(String email) {
        List<UserAccount> holders = em.createQuery("select u from UserAccount u where u.email = :e and exists "
                + "(select c.id from Certificate c where c.holderId = u.id)", UserAccount.class).setParameter("e", email.toLowerCase()).getResultList();
        if (holders.isEmpty()) {
            throw new CeProblem("ce.notCertified");
        }
        return holders.get(0);
    }

    private CeCategory check(CeDraft d) {
        if (d.title() == null || d.title().isBlank() || d.title().trim().length() > TEXT_MAX) {
            throw new CeProblem("ce.title");
        }
        if (d.provider() == null || d.provider().isBlank() || d.provider().trim().length() > TEXT_MAX) {
            throw new CeProblem("ce.provider");
        }
        if (d.completedOn() == null || d.completedOn().isAfter(LocalDate.now(clock))) {
            throw new CeProblem("ce.date");
        }
        if (d.hours() == null || d.hours().signum() <= 0 || d.hours().compareTo(policy.maxHoursPerActivity()) > 0
                || d.hours().stripTrailingZeros().scale() > 1) {
            throw new CeProblem("ce.hours", policy.maxHoursPerActivity().stripTrailingZeros().toPlainString());
        }
        if (d.format() == null) {
            throw new CeProblem("ce.format");
        }
        CeCategory category = d.categoryId() == null ? null : em.find(CeCategory.class, d.categoryId());
        if (category == null || !category.isActive()) {
            throw new CeProblem("ce.category");
        }
        return category;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CeActivity> activitiesOf(long holderId) {
        return em.createQuery("select a from CeActivity a join fetch a.category where a.holderId = :h order by a.completedOn desc, a.id desc",
                CeActivity.class).setParameter("h", holderId).getResultList();
    }

    /** The activities that count toward the cycle ending on the certificate's expiry date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CeActivity> cycleActivities(Certificate certificate) {
        return inCycle(certificate, activitiesOf(certificate.getHolderId()));
    }

    private List<CeActivity> inCycle(Certificate certificate, List<CeActivity> activities) {
        LocalDate cycleStart = cycleStart(certificate);
        return activities.stream().filter(a -> !a.getCompletedOn().isBefore(cycleStart)).toList();
    }

    /** The current cycle's first day: its expiry date less one validity period (the issue date, in the first cycle). */
    public LocalDate cycleStart(Certificate certificate) {
        return certificate.getExpiresOn().minus(certificatePolicy.validity());
    }

    /** R-CEU-1: the hours of the certificate's current cycle against the requirement and the categories' minimums. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CeRequirement.Standing standing(Certificate certificate) {
        return requirement().evaluate(earnedByCategory(cycleActivities(certificate)));
    }

    /** The standings of many certificates with one query (an agency's roster): certificate id to standing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, CeRequirement.Standing> standings(Collection<Certificate> certificates) {
        if (certificates.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CeActivity>> byHolder = em.createQuery("select a from CeActivity a join fetch a.category where a.holderId in :h",
                        CeActivity.class).setParameter("h", certificates.stream().map(Certificate::getHolderId).distinct().toList())
                .getResultList().stream().collect(Collectors.groupingBy(CeActivity::getHolderId));
        CeRequirement requirement = requirement();
        Map<Long, CeRequirement.Standing> standings = new java.util.HashMap<>();
        for (Certificate c : certificates) {
            standings.put(c.getId(), requirement.evaluate(earnedByCategory(inCycle(c, byHolder.getOrDefault(c.getHolderId(), List.of())))));
        }
        return standings;
    }

    private static Map<String, BigDecimal> earnedByCategory(List<CeActivity> activities) {
        return activities.stream().filter(CeActivity::counts).collect(Collectors.groupingBy(a -> a.getCategory().getName(), LinkedHashMap::new,
                Collectors.reducing(BigDecimal.ZERO, CeActivity::getHours, BigDecimal::add)));
    }

    private CeRequirement requirement() {
        Map<String, BigDecimal> minimums = categories().stream().filter(c -> c.getMinimumHours().signum() > 0)
                .collect(Collectors.toMap(CeCategory::getName, CeCategory::getMinimumHours, (a, b) -> a, LinkedHashMap::new));
        return new CeRequirement(policy.hoursRequired(), minimums);
    }

    /** A staff CE-audit decision on one self-logged activity. */
    public CeActivity auditActivity(String staff, long activityId, CeActivity.Verdict verdict, String reason) {
        CeActivity activity = em.find(CeActivity.class, activityId);
        if (activity == null) {
            throw new CeProblem("renewal.notFound");
        }
        if (verdict == CeActivity.Verdict.REJECTED && (reason == null || reason.isBlank())) {
            throw new CeProblem("ce.auditReason");
        }
        activity.audit(verdict, reason == null || reason.isBlank() ? null : reason.trim());
        audit.record(staff, AuditAction.CE_ACTIVITY_AUDITED, "ce-activity-" + activityId, verdict + (reason == null ? "" : ": " + reason));
        return activity;
    }

    /** The proof of an activity, for its holder or staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CeActivity proofOf(long activityId, String viewerEmail, boolean staff) {
        CeActivity activity = em.find(CeActivity.class, activityId);
        if (activity == null || !activity.hasProof()
                || !staff && !em.find(UserAccount.class, activity.getHolderId()).getEmail().equalsIgnoreCase(viewerEmail)) {
            throw new CeProblem("renewal.notFound");
        }
        return activity;
    }

    public InputStream proofContent(CeActivity activity) throws java.io.IOException {
        return documents.content(activity.getProofKey());
    }
}
