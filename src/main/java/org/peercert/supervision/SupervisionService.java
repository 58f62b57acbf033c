package org.peercert.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.peercert.account.EmailAddress;
import org.peercert.account.Role;
import org.peercert.account.UserAccount;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.platform.NotYours;
import org.peercert.platform.Paging;
import org.peercert.platform.Words;
import org.peercert.platform.format.UsDates;

/**
 * R-SUP-1: supervisors declare a qualification that staff verify; agencies assign a peer support and a clinical
 * supervisor to each rostered person; the supervisor accepts and logs sessions. The caller (an agency page or the
 * API) has already established that the person is on the agency's roster.
 */
@ApplicationScoped
@Transactional
public class SupervisionService {

    private static final int TOPICS_MAX = 500;
    private static final int SESSION_MINUTES_MAX = 480;
    private static final List<AssignmentStatus> OPEN = java.util.Arrays.stream(AssignmentStatus.values()).filter(AssignmentStatus::isOpen).toList();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditService audit;

    @Inject
    Event<SupervisionChanged> changes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Qualification> qualificationsOf(String supervisorEmail) {
        return em.createQuery("select q from Qualification q, UserAccount u where q.userId = u.id and u.email = :e order by q.kind",
                Qualification.class).setParameter("e", EmailAddress.normalize(supervisorEmail)).getResultList();
    }

    /** A supervisor declares (or declares again) a qualification; it waits for staff. */
    public Qualification declare(String supervisorEmail, QualificationKind kind, String licenseNumber, String licenseState, LocalDate expiresOn) {
        UserAccount supervisor = supervisor(supervisorEmail).orElseThrow(() -> new NotYours("qualification of " + supervisorEmail));
        if (kind == null) {
            throw new SupervisionProblem("supervision.kind");
        }
        String number = null;
        String state = null;
        if (kind.isLicensed()) {
            number = licenseNumber == null ? "" : licenseNumber.strip();
            state = licenseState == null ? "" : licenseState.strip().toUpperCase(Locale.ROOT);
            if (number.isEmpty() || number.length() > 40 || !state.matches("[A-Z]{2}") || expiresOn == null
                    || expiresOn.isBefore(LocalDate.now(clock))) {
                throw new SupervisionProblem("supervision.license");
            }
        }
        Qualification qualification = em.createQuery("select q from Qualification q where q.userId = :u and q.kind = :k", Qualification.class)
                .setParameter("u", supervisor.getId()).setParameter("k", kind).getResultStream().findFirst().orElse(null);
        if (qualification == null) {
            qualification = new Qualification(supervisor.getId(), kind, clock.instant());
            em.persist(qualification);
        }
        qualification.declare(number, state, kind.isLicensed() ? expiresOn : null, clock.instant());
        audit.record(supervisor.getEmail(), AuditAction.QUALIFICATION_DECLARED, supervisor.getEmail(),
                Words.of(kind) + (number == null ? "" : ", license " + number + " (" + state + ") until " + expiresOn));
        return qualification;
    }

    public record PendingQualification(Qualification qualification, String name, String email) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<PendingQualification> pending(int first, int pageSize) {
        List<PendingQualification> rows = em.createQuery("select new org.peercert.supervision.SupervisionService$PendingQualification(q,"
                        + " concat(u.firstName, ' ', u.lastName), u.email) from Qualification q, UserAccount u where q.userId = u.id"
                        + " and q.status = :s order by q.submittedAt, q.id", PendingQualification.class)
                .setParameter("s", QualificationStatus.PENDING).setFirstResult(first).setMaxResults(pageSize).getResultList();
        long total = em.createQuery("select count(q) from Qualification q where q.status = :s", Long.class)
                .setParameter("s", QualificationStatus.PENDING).getSingleResult();
        return new Paging<>(rows, total);
    }

    /** Staff verify a qualification or refuse it with a reason the supervisor sees. */
    public Qualification decide(String staffEmail, long qualificationId, long seenVersion, QualificationStatus decision, String reason) {
        Qualification q = Optional.ofNullable(em.find(Qualification.class, qualificationId))
                .orElseThrow(() -> new SupervisionProblem("supervision.unknown"));
        if (q.getVersion() != seenVersion) {
            throw new OptimisticLockException(q);
        }
        String why = reason == null ? "" : reason.strip();
        if (decision != QualificationStatus.VERIFIED && decision != QualificationStatus.REJECTED
                || decision == QualificationStatus.REJECTED && why.isEmpty() || why.length() > 1000) {
            throw new SupervisionProblem("supervision.decisionReason");
        }
        q.decide(decision, why.isEmpty() ? null : why, staffEmail, clock.instant());
        audit.record(staffEmail, decision == QualificationStatus.VERIFIED ? AuditAction.QUALIFICATION_VERIFIED : AuditAction.QUALIFICATION_REJECTED,
                "qualification " + q.getId(), Words.of(q.getKind()) + (why.isEmpty() ? "" : ": " + why));
        return q;
    }

    /** Nightly: an LMHP whose license expired loses the qualification, and the agencies relying on them are told. */
    public int lapseExpiredLicenses() {
        return lapseExpiredLicenses(qualificationId -> true);
    }

    /** The nightly lapse on the qualifications in scope only: a test runs it on its own, never on another's. */
    public int lapseExpiredLicenses(LongPredicate inScope) {
        LocalDate today = LocalDate.now(clock);
        List<Qualification> expired = em.createQuery("select q from Qualification q where q.status = :v and q.licenseExpiresOn < :today",
                        Qualification.class).setParameter("v", QualificationStatus.VERIFIED).setParameter("today", today).getResultList()
                .stream().filter(q -> inScope.test(q.getId())).toList();
        for (Qualification q : expired) {
            String expiredOn = UsDates.shown(q.getLicenseExpiresOn());
            q.decide(QualificationStatus.LAPSED, "License expired on " + expiredOn, AuditService.SYSTEM, clock.instant());
            audit.record(AuditService.SYSTEM, AuditAction.QUALIFICATION_LAPSED, "qualification " + q.getId(), "license expired " + q.getLicenseExpiresOn());
            openAssignmentsOf(q.getUserId(), q.getKind().role()).forEach(a -> changes.fire(new SupervisionChanged(a.getAgencyId(),
                    a.getCertificateId(), a.getRole(), "the clinical supervisor's license expired on " + expiredOn)));
        }
        return expired.size();
    }

    private List<Assignment> openAssignmentsOf(long supervisorId, SupervisionRole role) {
        return em.createQuery("select a from Assignment a where a.supervisorId = :s and a.role = :r and a.status = :accepted", Assignment.class)
                .setParameter("s", supervisorId).setParameter("r", role).setParameter("accepted", AssignmentStatus.ACCEPTED).getResultList();
    }

    /** An agency proposes a supervisor for a rostered person; only one open assignment per person and role. */
    public Assignment assign(long agencyId, long certificateId, String adminEmail, String supervisorEmail, SupervisionRole role) {
        if (role == null) {
            throw new SupervisionProblem("supervision.role");
        }
        UserAccount supervisor = supervisor(supervisorEmail).filter(s -> isQualified(s.getId(), role, LocalDate.now(clock)))
                .orElseThrow(() -> new SupervisionProblem("supervision.notQualified", role.label().toLowerCase(Locale.ROOT)));
        boolean open = !em.createQuery("select a.id from Assignment a where a.agencyId = :ag and a.certificateId = :c and a.role = :r"
                        + " and a.status in :open", Long.class).setParameter("ag", agencyId).setParameter("c", certificateId).setParameter("r", role)
                .setParameter("open", OPEN).getResultList().isEmpty();
        if (open) {
            throw new SupervisionProblem("supervision.alreadyAssigned", role.label().toLowerCase(Locale.ROOT));
        }
        Assignment assignment = new Assignment(agencyId, certificateId, supervisor.getId(), role, adminEmail, clock.instant());
        em.persist(assignment);
        audit.record(adminEmail, AuditAction.SUPERVISION_ASSIGNED, "assignment " + assignment.getId(),
                Words.of(role) + " " + supervisor.getEmail() + " for certificate " + certificateId);
        return assignment;
    }

    /** The supervisor accepts or declines an assignment proposed to them. */
    public Assignment answer(String supervisorEmail, long assignmentId, long seenVersion, boolean accept) {
        Assignment a = ownAssignment(supervisorEmail, assignmentId);
        if (a.getVersion() != seenVersion) {
            throw new OptimisticLockException(a);
        }
        if (a.getStatus() != AssignmentStatus.PROPOSED) {
            throw new SupervisionProblem("supervision.notProposed");
        }
        if (accept && !isQualified(a.getSupervisorId(), a.getRole(), LocalDate.now(clock))) {
            throw new SupervisionProblem("supervision.notQualified", a.getRole().label().toLowerCase(Locale.ROOT));
        }
        a.answer(accept, clock.instant());
        audit.record(EmailAddress.normalize(supervisorEmail), accept ? AuditAction.SUPERVISION_ACCEPTED : AuditAction.SUPERVISION_DECLINED,
                "assignment " + a.getId(), Words.of(a.getRole()));
        if (!accept) {
            changes.fire(new SupervisionChanged(a.getAgencyId(), a.getCertificateId(), a.getRole(), "the proposed supervisor declined"));
        }
        return a;
    }

    /** The agency ends an assignment of its own. */
    public Assignment endByAgency(long agencyId, String adminEmail, long assignmentId, String reason) {
        Assignment a = Optional.ofNullable(em.find(Assignment.class, assignmentId)).filter(x -> x.getAgencyId() == agencyId)
                .orElseThrow(() -> new NotYours("assignment " + assignmentId));
        return end(a, adminEmail, reason);
    }

    /** Ends every open assignment of one person at one agency (the person left its roster). */
    public void endOpenAssignments(long agencyId, long certificateId, String adminEmail, String reason) {
        em.createQuery("select a from Assignment a where a.agencyId = :ag and a.certificateId = :c and a.status in :open", Assignment.class)
                .setParameter("ag", agencyId).setParameter("c", certificateId).setParameter("open", OPEN).getResultList()
                .forEach(a -> end(a, adminEmail, reason));
    }

    /** The supervisor ends an assignment of theirs. */
    public Assignment endBySupervisor(String supervisorEmail, long assignmentId, String reason) {
        return end(ownAssignment(supervisorEmail, assignmentId), EmailAddress.normalize(supervisorEmail), reason);
    }

    private Assignment end(Assignment a, String actor, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw new SupervisionProblem("supervision.endReason");
        }
        if (!a.getStatus().isOpen()) {
            throw new SupervisionProblem("supervision.notOpen");
        }
        a.end(why, clock.instant());
        audit.record(actor, AuditAction.SUPERVISION_ENDED, "assignment " + a.getId(), Words.of(a.getRole()) + ": " + why);
        changes.fire(new SupervisionChanged(a.getAgencyId(), a.getCertificateId(), a.getRole(), "supervision ended: " + why));
        return a;
    }

    /** The supervisor logs a session of an accepted assignment: when, how long, how, and the topics (no clinical notes). */
    public SupervisionSession logSession(String supervisorEmail, long assignmentId, LocalDate heldOn, Integer minutes, SessionFormat format,
            String topics) {
        Assignment a = ownAssignment(supervisorEmail, assignmentId);
        if (a.getStatus() != AssignmentStatus.ACCEPTED) {
            throw new SupervisionProblem("supervision.notAccepted");
        }
        if (heldOn == null || heldOn.isAfter(LocalDate.now(clock)) || heldOn.isBefore(a.getAssignedAt().atZone(clock.getZone()).toLocalDate())) {
            throw new SupervisionProblem("supervision.heldOn");
        }
        if (minutes == null || minutes < 1 || minutes > SESSION_MINUTES_MAX) {
            throw new SupervisionProblem("supervision.minutes", SESSION_MINUTES_MAX);
        }
        if (format == null) {
            throw new SupervisionProblem("supervision.format");
        }
        String text = topics == null ? "" : topics.strip();
        if (text.isEmpty() || text.length() > TOPICS_MAX) {
            throw new SupervisionProblem("supervision.topics", TOPICS_MAX);
        }
        SupervisionSession session = new SupervisionSession(a.getId(), heldOn, minutes, format, text, EmailAddress.normalize(supervisorEmail),
                clock.instant());
        em.persist(session);
        audit.record(EmailAddress.normalize(supervisorEmail), AuditAction.SUPERVISION_SESSION_LOGGED, "assignment " + a.getId(),
                heldOn + ", " + minutes + " min, " + Words.of(format));
        return session;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssignmentRow> assignmentsOfSupervisor(String supervisorEmail) {
        return rows("s.email = :who", EmailAddress.normalize(supervisorEmail));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssignmentRow> assignmentsOfAgency(long agencyId) {
        return rows("a.agencyId = :who", agencyId);
    }

    private List<AssignmentRow> rows(String who, Object value) {
        return em.createQuery("select new org.peercert.supervision.AssignmentRow(a, c.number, concat(c.legalFirstName, ' ', c.legalLastName),"
                        + " ag.legalName, concat(s.firstName, ' ', s.lastName),"
                        + " (select max(x.heldOn) from SupervisionSession x where x.assignmentId = a.id))"
                        + " from Assignment a, Certificate c, Agency ag, UserAccount s where c.id = a.certificateId and ag.id = a.agencyId"
                        + " and s.id = a.supervisorId and " + who + " order by a.status, c.legalLastName, c.legalFirstName, a.id", AssignmentRow.class)
                .setParameter("who", value).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupervisionSession> sessionsOf(String supervisorEmail, long assignmentId) {
        ownAssignment(supervisorEmail, assignmentId);
        return em.createQuery("select s from SupervisionSession s where s.assignmentId = :a order by s.heldOn desc, s.id desc",
                SupervisionSession.class).setParameter("a", assignmentId).getResultList();
    }

    /** R-SUP-1 for many rostered people at once (one query each for assignments and sessions): certificate id to standing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, SupervisionStanding> standings(long agencyId, Collection<Long> certificateIds, LocalDate day) {
        Map<Long, SupervisionStanding> standings = new HashMap<>();
        if (certificateIds.isEmpty()) {
            return standings;
        }
        List<Object[]> accepted = em.createQuery("select a.certificateId, a.role, concat(s.firstName, ' ', s.lastName), a.supervisorId,"
                        + " (select max(x.heldOn) from SupervisionSession x where x.assignmentId = a.id)"
                        + " from Assignment a, UserAccount s where s.id = a.supervisorId and a.agencyId = :ag and a.status = :acc"
                        + " and a.certificateId in :ids", Object[].class).setParameter("ag", agencyId)
                .setParameter("acc", AssignmentStatus.ACCEPTED).setParameter("ids", certificateIds).getResultList();
        Map<Long, List<Qualification>> qualifications = qualificationsOfUsers(accepted.stream().map(r -> (Long) r[3]).distinct().toList());
        for (Object[] row : accepted) {
            long certificateId = (Long) row[0];
            SupervisionRole role = (SupervisionRole) row[1];
            boolean current = qualifications.getOrDefault((Long) row[3], List.of()).stream()
                    .anyMatch(q -> q.getKind().role() == role && q.isCurrentOn(day));
            SupervisionStanding before = standings.getOrDefault(certificateId, SupervisionStanding.NONE);
            standings.put(certificateId, role == SupervisionRole.PEER
                    ? new SupervisionStanding((String) row[2], current, before.clinicalSupervisor(), before.clinicalInPlace(), before.lastClinicalSession())
                    : new SupervisionStanding(before.peerSupervisor(), before.peerInPlace(), (String) row[2], current, (LocalDate) row[4]));
        }
        return standings;
    }

    private Map<Long, List<Qualification>> qualificationsOfUsers(List<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Qualification>> byUser = new HashMap<>();
        em.createQuery("select q from Qualification q where q.userId in :u", Qualification.class).setParameter("u", userIds).getResultList()
                .forEach(q -> byUser.computeIfAbsent(q.getUserId(), k -> new java.util.ArrayList<>()).add(q));
        return byUser;
    }

    private boolean isQualified(long userId, SupervisionRole role, LocalDate day) {
        return qualificationsOfUsers(List.of(userId)).getOrDefault(userId, List.of()).stream()
                .anyMatch(q -> q.getKind().role() == role && q.isCurrentOn(day));
    }

    private Assignment ownAssignment(String supervisorEmail, long assignmentId) {
        Optional<UserAccount> supervisor = supervisor(supervisorEmail);
        return Optional.ofNullable(em.find(Assignment.class, assignmentId))
                .filter(a -> supervisor.isPresent() && a.getSupervisorId().equals(supervisor.get().getId()))
                .orElseThrow(() -> new NotYours("assignment " + assignmentId));
    }

    private Optional<UserAccount> supervisor(String email) {
        return em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class).setParameter("email", EmailAddress.normalize(email))
                .getResultStream().filter(u -> u.getRoles().contains(Role.SUPERVISOR)).findFirst();
    }
}
