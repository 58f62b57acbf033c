package org.peercert.billing;

import java.util.List;
import org.peercert.background.exclusion.ExclusionStanding;
import org.peercert.certificate.Certificate;
import org.peercert.ceu.CeRequirement;
import org.peercert.supervision.SupervisionStanding;

/**
 * Everything an agency's roster shows about one peer specialist, and the facts the billing check reads, gathered
 * for one day: the certificate, CE hours of the cycle, supervision and exclusion.
 */
public record ProviderRecord(Certificate certificate, ProviderFacts facts, CeRequirement.Standing ce, SupervisionStanding supervision,
        ExclusionStanding.State exclusion, List<Finding> findings) {

    public ProviderRecord {
        findings = List.copyOf(findings);
    }

    /** The single "eligible to bill today" verdict: no personal rule unmet (certificate, exclusion, supervision). */
    public boolean eligible() {
        return BillingVerdict.noneUnmet(findings);
    }

    /** The reasons worth showing: every unmet rule and every note. */
    public List<Finding> reasons() {
        return findings.stream().filter(f -> f.outcome() != Finding.Outcome.MET).toList();
    }
}
