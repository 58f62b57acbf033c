package org.peercert.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.peercert.applications.Track;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;

/** The rule table (R-SVC-1..5): the row a check applies, and an administrator's edits. */
@ApplicationScoped
@Transactional
public class ServiceRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceRule> all() {
        return em.createQuery("select r from ServiceRule r order by r.jurisdiction, r.code, r.requiredModifiers, r.track", ServiceRule.class)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> jurisdictions() {
        return em.createQuery("select distinct r.jurisdiction from ServiceRule r where r.active = true order by r.jurisdiction", String.class)
                .getResultList();
    }

    /** The active row for a claim line: its state or payer, code, modifiers and the service's track (PPS for Parent Peer Support). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceRule applying(String jurisdiction, String code, Set<String> modifiers, Track track) {
        String typedCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        List<ServiceRule> rows = em.createQuery("select r from ServiceRule r where r.active = true and r.jurisdiction = :j and r.code = :c",
                ServiceRule.class).setParameter("j", jurisdiction == null ? "" : jurisdiction.strip().toUpperCase(Locale.ROOT))
                .setParameter("c", typedCode).getResultList();
        if (rows.isEmpty()) {
            throw new BillingProblem("billing.unknownCode", typedCode, jurisdiction);
        }
        return rows.stream().filter(r -> BillingRules.matches(r.terms(), typedCode, modifiers, track)).findFirst()
                .orElseThrow(() -> new BillingProblem("billing.unknownCombination", typedCode, ServiceRule.stored(modifiers), jurisdiction));
    }

    public ServiceRule edit(String admin, long ruleId, long seenVersion, RuleLimits limits) {
        ServiceRule rule = Optional.ofNullable(em.find(ServiceRule.class, ruleId)).orElseThrow(() -> new BillingProblem("billing.unknownRule"));
        if (rule.getVersion() != seenVersion) {
            throw new OptimisticLockException(rule);
        }
        limits.check();
        String before = describe(rule);
        rule.edit(limits);
        audit.record(admin, AuditAction.SERVICE_RULE_CHANGED, "service rule " + rule.getId(), before + " -> " + describe(rule));
        return rule;
    }

    private static String describe(ServiceRule r) {
        return "units/day " + r.getMaxUnitsPerDay() + ", group " + r.getMaxGroupSize() + ", group h/year " + r.getAnnualGroupHours()
                + ", initial " + r.getInitialAuthorizationUnits() + "/" + r.getInitialAuthorizationDays() + " days, rate " + r.getRatePerUnit()
                + ", network " + r.isNetworkApprovalRequired() + ", extra modifiers [" + r.getAllowedModifiers() + "], active " + r.isActive();
    }
}
