package org.peercert.agency.check;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyProblem;
import org.peercert.agency.RosterService;
import org.peercert.applications.Track;
import org.peercert.applications.TrackTitles;
import org.peercert.billing.BillingPolicy;
import org.peercert.billing.BillingProblem;
import org.peercert.billing.BillingRules;
import org.peercert.billing.BillingVerdict;
import org.peercert.billing.Finding;
import org.peercert.billing.ProviderRecord;
import org.peercert.billing.ProviderRecords;
import org.peercert.billing.ServicePlan;
import org.peercert.billing.ServiceRule;
import org.peercert.billing.ServiceRules;
import org.peercert.certificate.Certificate;
import org.peercert.platform.Paging;

/**
 * R-SVC-1..6, R-ELIG-4, R-SUP-1: the billing-eligibility check. The person must be on the asking agency's roster;
 * every check is recorded with its inputs and answer.
 */
@ApplicationScoped
@Transactional
public class EligibilityService {

    /** How long an Idempotency-Key returns its first answer. */
    public static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RosterService roster;

    @Inject
    ServiceRules rules;

    @Inject
    ProviderRecords records;

    @Inject
    BillingPolicy policy;

    @Inject
    TrackTitles trackTitles;

    /** Answers and records a check asked on the portal's page. */
    public CheckAnswer check(Agency agency, String askedBy, CheckRequest request) {
        return check(agency, askedBy, request, null);
    }

    /**
     * Answers and records a check. With an {@code idempotencyKey} (#32), the same key within
     * {@link #IDEMPOTENCY_WINDOW} returns the first answer, replayed, and records nothing; the same key with another
     * question is refused.
     */
    public CheckAnswer check(Agency agency, String askedBy, CheckRequest request, String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<CheckAnswer> first = replay(agency.getId(), idempotencyKey, JSON.toJson(request));
            if (first.isPresent()) {
                return first.get();
            }
        }
        CheckAnswer answer = answer(agency, askedBy, request);
        if (idempotencyKey != null) {
            answer.check().keyedBy(idempotencyKey);
            em.flush();
        }
        return answer;
    }

    /** A recorded check of this agency, as answered then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CheckAnswer> find(long agencyId, long checkId) {
        return Optional.ofNullable(em.find(EligibilityCheck.class, checkId)).filter(c -> c.getAgencyId() == agencyId).map(c -> recorded(c, false));
    }

    /** The first answer to this key, if it is within its window; an older use of the key is forgotten. */
    private Optional<CheckAnswer> replay(long agencyId, String key, String inputs) {
        List<EligibilityCheck> earlier = em.createQuery("select c from EligibilityCheck c where c.agencyId = :a and c.idempotencyKey = :k",
                EligibilityCheck.class).setParameter("a", agencyId).setParameter("k", key).getResultList();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        EligibilityCheck first = earlier.get(0);
        if (first.getAskedAt().isBefore(clock.instant().minus(IDEMPOTENCY_WINDOW))) {
            first.keyedBy(null);
            em.flush();
            return Optional.empty();
        }
        if (!first.getInputs().equals(inputs)) {
            throw new IdempotencyKeyReused();
        }
        return Optional.of(recorded(first, true));
    }

    private CheckAnswer recorded(EligibilityCheck check, boolean replayed) {
        List<Finding> findings = List.of(JSON.fromJson(check.getFindings(), Finding[].class));
        ServiceRule rule = em.find(ServiceRule.class, check.getRuleId());
        return new CheckAnswer(check, new BillingVerdict(findings, check.getExpectedReimbursement()), rule.getDescription(), replayed);
    }

    private CheckAnswer answer(Agency agency, String askedBy, CheckRequest request) {
        if (!agency.isVerified()) {
            throw new AgencyProblem("agency.notVerified");
        }
        if (request.certificateNumber() == null || request.certificateNumber().isBlank()) {
            throw new BillingProblem("billing.person");
        }
        if (request.units() == null) {
            throw new BillingProblem("billing.units");
        }
        long certificateId = roster.requireOnRoster(agency.getId(), request.certificateNumber()).getCertificateId();
        Set<String> modifiers = BillingRules.modifiers(request.modifiers());
        String jurisdiction = request.jurisdiction() == null || request.jurisdiction().isBlank() ? agency.getState() : request.jurisdiction();
        ServiceRule rule = rules.applying(jurisdiction, request.code(), modifiers, request.parentPeerSupport() ? Track.PPS : Track.CPS);
        ServicePlan plan = plan(request, modifiers);
        LocalDate today = LocalDate.now(clock);
        BillingRules.validate(plan, rule.terms(), today);
        Certificate certificate = em.find(Certificate.class, certificateId);
        ProviderRecord person = records.of(agency.getId(), List.of(certificate), plan.serviceDate()).get(0);
        BillingVerdict verdict = BillingRules.evaluate(rule.terms(), person.facts(), agency.isNetworkApprovedOn(plan.serviceDate()), plan,
                policy.limits(), track -> trackTitles.name(track).titleWithAbbreviation());
        EligibilityCheck check = new EligibilityCheck(agency.getId(), certificate.getNumber(), rule, request, ServiceRule.stored(modifiers),
                JSON.toJson(request), verdict.eligible(), JSON.toJson(verdict.findings()), verdict.expectedReimbursement(), askedBy, clock.instant());
        em.persist(check);
        return new CheckAnswer(check, verdict, rule.getDescription(), false);
    }

    private static ServicePlan plan(CheckRequest r, Set<String> modifiers) {
        return new ServicePlan(r.code(), modifiers, r.serviceDate(), r.consumerDateOfBirth(), r.parentDateOfBirth(), r.units(), r.groupSize(),
                r.unitsAlreadyThatDay() == null ? 0 : r.unitsAlreadyThatDay(),
                r.groupHoursThisYear() == null ? BigDecimal.ZERO : r.groupHoursThisYear(), r.authorizationStart(),
                r.authorizationUnitsUsed() == null ? 0 : r.authorizationUnitsUsed(), r.priorAuthorized());
    }

    /** The agency's checks, newest first, optionally from a day on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<EligibilityCheck> checksOf(long agencyId, Instant since, int first, int pageSize) {
        Instant from = since == null ? Instant.EPOCH : since;
        List<EligibilityCheck> rows = em.createQuery("select c from EligibilityCheck c where c.agencyId = :a and c.askedAt >= :f"
                        + " order by c.askedAt desc, c.id desc", EligibilityCheck.class).setParameter("a", agencyId).setParameter("f", from)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
        long total = em.createQuery("select count(c) from EligibilityCheck c where c.agencyId = :a and c.askedAt >= :f", Long.class)
                .setParameter("a", agencyId).setParameter("f", from).getSingleResult();
        return new Paging<>(rows, total);
    }
}
