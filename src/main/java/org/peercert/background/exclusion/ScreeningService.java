package org.peercert.background.exclusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.platform.Paging;
import org.peercert.platform.RecordNumbers;

/**
 * R-BG-3: screens people against the list in force, at submission, after each import and monthly, and
 * keeps the staff queue of the matches. One person and one list row raise one match, ever: a dismissed
 * match is not raised again by later screenings or next month's copy of the same row.
 */
@ApplicationScoped
@Transactional
public class ScreeningService {

    /** Applications whose people are screened: submitted and not closed. Certificants join them with certificates. */
    private static final String SUBJECTS = "SELECT id, applicant_id, legal_first_name, legal_last_name, date_of_birth FROM certification_application "
            + "WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'DEFICIENT', 'ELIGIBLE') AND id > ?1 ORDER BY id";
    private static final String LISTED = "SELECT last_name, first_name, middle_name, business_name, specialty, npi, date_of_birth, address, city, "
            + "state_code, zip, exclusion_type, excluded_on FROM exclusion_entry WHERE import_id = ?1 AND row_key = ?2";
    private static final String INSERT_MATCH = "INSERT IGNORE INTO exclusion_match (applicant_id, application_id, row_key, strength, status, "
            + "trigger_kind, import_id, subject_name, subject_birth, listed_name, listed_birth, listed_npi, listed_place, listed_specialty, "
            + "exclusion_type, excluded_on, raised_at, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, 0)";
    private static final int SUBJECT_PAGE = 5000;
    private static final int REASON_MAX_LENGTH = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ExclusionImports imports;

    @Inject
    ScreeningIndexCache indexes;

    @Inject
    AuditService audit;

    @Inject
    jakarta.enterprise.event.Event<ExclusionFlagged> flags;

    @Inject
    jakarta.enterprise.event.Event<ExclusionMatchConfirmed> confirmations;

    /** Screens one person now (at submission) and answers how many new matches it raised; none while no list is in force. */
    public int screen(ScreeningSubject subject, ScreeningTrigger trigger) {
        Optional<ExclusionImport> list = imports.inForce();
        if (list.isEmpty()) {
            return 0;
        }
        Instant started = clock.instant();
        int raised = raise(indexes.of(list.get().getId()).candidatesFor(subject), list.get().getId(), trigger, started);
        em.persist(new ScreeningRun(trigger, list.get().getId(), started, clock.instant(), 1, raised));
        return raised;
    }

    /** Screens every active applicant and certificant against the list in force; empty while there is none. */
    public Optional<ScreeningRun> screenEveryone(ScreeningTrigger trigger) {
        Optional<ExclusionImport> list = imports.inForce();
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Instant started = clock.instant();
        ScreeningIndex index = indexes.of(list.get().getId());
        int screened = 0;
        int raised = 0;
        long after = 0;
        for (List<ScreeningSubject> page = subjectsAfter(after); !page.isEmpty(); page = subjectsAfter(after)) {
            List<ScreeningIndex.Candidate> candidates = new ArrayList<>();
            for (ScreeningSubject subject : page) {
                candidates.addAll(index.candidatesFor(subject));
            }
            raised += raise(candidates, list.get().getId(), trigger, started);
            screened += page.size();
            after = page.get(page.size() - 1).applicationId();
        }
        ScreeningRun run = new ScreeningRun(trigger, list.get().getId(), started, clock.instant(), screened, raised);
        em.persist(run);
        audit.record(AuditService.SYSTEM, AuditAction.EXCLUSION_SCREENING_RUN, ExclusionImporter.subject(list.get()),
                trigger + ": " + screened + " people screened, " + raised + " new matches");
        return Optional.of(run);
    }

    /**
     * Raises a match for each candidate this person and list row have not met before. The insert ignores
     * a pair that another screening raised meanwhile (the unique key decides), so concurrent screenings
     * (a submission during the monthly run, two nodes) never fail on each other.
     */
    private int raise(List<ScreeningIndex.Candidate> candidates, long importId, ScreeningTrigger trigger, Instant now) {
        if (candidates.isEmpty()) {
            return 0;
        }
        Set<String> known = knownPairs(candidates);
        int raised = 0;
        for (ScreeningIndex.Candidate candidate : candidates) {
            if (!known.add(candidate.subject().applicantId() + ":" + candidate.rowKey())) {
                continue;
            }
            ExclusionMatch match = new ExclusionMatch(candidate, listed(importId, candidate.rowKey()), importId, trigger, now);
            if (insertIfNew(match)) {
                raised++;
                audit.record(AuditService.SYSTEM, AuditAction.EXCLUSION_MATCH_RAISED, RecordNumbers.application(match.getApplicationId()),
                        match.getStrength() + " match with " + match.getListedName() + " (" + trigger + ")");
                flags.fire(new ExclusionFlagged(match.getApplicantId(), false, match.getListedName()));
            }
        }
        return raised;
    }

    private boolean insertIfNew(ExclusionMatch m) {
        return em.createNativeQuery(INSERT_MATCH)
                .setParameter(1, m.getApplicantId()).setParameter(2, m.getApplicationId()).setParameter(3, m.getRowKey())
                .setParameter(4, m.getStrength().name()).setParameter(5, m.getStatus().name()).setParameter(6, m.getTrigger().name())
                .setParameter(7, m.getImportId()).setParameter(8, m.getSubjectName()).setParameter(9, m.getSubjectBirth())
                .setParameter(10, m.getListedName()).setParameter(11, m.getListedBirth()).setParameter(12, m.getListedNpi())
                .setParameter(13, m.getListedPlace()).setParameter(14, m.getListedSpecialty()).setParameter(15, m.getExclusionType())
                .setParameter(16, m.getExcludedOn()).setParameter(17, m.getRaisedAt())
                .executeUpdate() == 1;
    }

    private Set<String> knownPairs(List<ScreeningIndex.Candidate> candidates) {
        List<Long> applicants = candidates.stream().map(c -> c.subject().applicantId()).distinct().toList();
        Set<String> known = new HashSet<>();
        for (int from = 0; from < applicants.size(); from += 500) {
            em.createQuery("select m.applicantId, m.rowKey from ExclusionMatch m where m.applicantId in :ids", Object[].class)
                    .setParameter("ids", applicants.subList(from, Math.min(applicants.size(), from + 500))).getResultList()
                    .forEach(pair -> known.add(pair[0] + ":" + pair[1]));
        }
        return known;
    }

    private ListedRow listed(long importId, String rowKey) {
        Object[] r = (Object[]) em.createNativeQuery(LISTED).setParameter(1, importId).setParameter(2, rowKey).getSingleResult();
        return new ListedRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], null, (String) r[4], null, (String) r[5], date(r[6]),
                (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11], date(r[12]), null, null, null);
    }

    @SuppressWarnings("unchecked")
    private List<ScreeningSubject> subjectsAfter(long applicationId) {
        List<Object[]> rows = em.createNativeQuery(SUBJECTS).setParameter(1, applicationId).setMaxResults(SUBJECT_PAGE).getResultList();
        List<ScreeningSubject> subjects = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            subjects.add(new ScreeningSubject(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3], date(r[4])));
        }
        return subjects;
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        return (LocalDate) value;
    }

    // ---- staff queue ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<ExclusionMatch> queue(MatchStatus status, int first, int pageSize) {
        long total = em.createQuery("select count(m) from ExclusionMatch m where m.status = :s", Long.class).setParameter("s", status).getSingleResult();
        List<ExclusionMatch> rows = em.createQuery("select m from ExclusionMatch m where m.status = :s order by m.strength, m.raisedAt, m.id",
                ExclusionMatch.class).setParameter("s", status).setFirstResult(first).setMaxResults(pageSize).getResultList();
        return new Paging<>(rows, total);
    }

    /**
     * Confirms (the person is flagged) or dismisses an open match, with the reason. {@code seenVersion} is the
     * version the staff member looked at: a match someone else decided meanwhile is not decided twice.
     */
    public ExclusionMatch decide(String staffEmail, long matchId, long seenVersion, MatchStatus decision, String reason) {
        ExclusionMatch match = em.find(ExclusionMatch.class, matchId);
        if (match == null) {
            throw new ExclusionProblem("exclusion.matchNotFound");
        }
        if (match.getStatus() != MatchStatus.OPEN || match.getVersion() != seenVersion) {
            throw new ExclusionProblem("exclusion.alreadyDecided", match.getStatus(), match.getDecidedBy());
        }
        if (decision == MatchStatus.OPEN || reason == null || reason.isBlank()) {
            throw new ExclusionProblem("exclusion.reasonRequired");
        }
        if (reason.strip().length() > REASON_MAX_LENGTH) {
            throw new ExclusionProblem("exclusion.reasonTooLong", REASON_MAX_LENGTH);
        }
        match.decide(decision, reason, staffEmail, clock.instant());
        audit.record(staffEmail, decision == MatchStatus.CONFIRMED ? AuditAction.EXCLUSION_MATCH_CONFIRMED : AuditAction.EXCLUSION_MATCH_DISMISSED,
                RecordNumbers.application(match.getApplicationId()), match.getListedName() + ": " + reason.strip());
        if (decision == MatchStatus.CONFIRMED) {
            flags.fire(new ExclusionFlagged(match.getApplicantId(), true, match.getListedName()));
            confirmations.fire(new ExclusionMatchConfirmed(match.getApplicationId(), match.getListedName(), match.getExclusionType(),
                    match.getExcludedOn()));
        }
        return match;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExclusionMatch> matchesOf(long applicantId) {
        return em.createQuery("select m from ExclusionMatch m where m.applicantId = :a order by m.raisedAt desc, m.id desc", ExclusionMatch.class)
                .setParameter("a", applicantId).getResultList();
    }

    /** R-BG-3: a confirmed match blocks certification; an open one waits for staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ExclusionStanding standing(long applicantId) {
        Optional<ExclusionImport> list = imports.inForce();
        Instant since = list.map(ExclusionImport::getFinishedAt).orElse(null);
        List<MatchStatus> statuses = em.createQuery("select m.status from ExclusionMatch m where m.applicantId = :a", MatchStatus.class)
                .setParameter("a", applicantId).getResultList();
        return new ExclusionStanding(flagOf(statuses).orElse(list.isEmpty() ? ExclusionStanding.State.NO_LIST : ExclusionStanding.State.CLEAR),
                since);
    }

    /** R-BG-3 for many people at once (an agency's roster): those flagged, EXCLUDED or UNDER_REVIEW; the others are absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, ExclusionStanding.State> flagged(Collection<Long> applicantIds) {
        if (applicantIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<MatchStatus>> statuses = new HashMap<>();
        em.createQuery("select m.applicantId, m.status from ExclusionMatch m where m.applicantId in :a", Object[].class)
                .setParameter("a", applicantIds).getResultList()
                .forEach(row -> statuses.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((MatchStatus) row[1]));
        Map<Long, ExclusionStanding.State> flags = new HashMap<>();
        statuses.forEach((applicant, of) -> flagOf(of).ifPresent(flag -> flags.put(applicant, flag)));
        return flags;
    }

    /** A confirmed match excludes; an open one waits for staff; dismissed ones flag nothing. */
    private static Optional<ExclusionStanding.State> flagOf(Collection<MatchStatus> statuses) {
        if (statuses.contains(MatchStatus.CONFIRMED)) {
            return Optional.of(ExclusionStanding.State.EXCLUDED);
        }
        return statuses.contains(MatchStatus.OPEN) ? Optional.of(ExclusionStanding.State.UNDER_REVIEW) : Optional.empty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasScreenedEveryoneAgainst(long importId, ScreeningTrigger trigger) {
        return em.createQuery("select count(r) from ScreeningRun r where r.importId = :i and r.trigger = :t", Long.class)
                .setParameter("i", importId).setParameter("t", trigger).getSingleResult() > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ScreeningRun> lastRun() {
        return em.createQuery("select r from ScreeningRun r where r.trigger <> :one order by r.finishedAt desc, r.id desc", ScreeningRun.class)
                .setParameter("one", ScreeningTrigger.SUBMISSION).setMaxResults(1).getResultStream().findFirst();
    }
}
