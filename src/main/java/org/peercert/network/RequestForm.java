package org.peercert.network;

import java.io.Serializable;

/**
 * R-NET-1: what the agency fills in. The Network Agency Request Form (services, counties, group contracts,
 * accreditation), the Agency Credentialing Application's attestations, and the Peer Support Specialist Addendum
 * (the supervision summary; the staff list is the agency's live roster).
 */
public record RequestForm(String services, String countiesServed, boolean groupContracts, boolean accredited, String accreditationBody,
        boolean attestsCriteria, boolean attestsCertifiedStaff, boolean attestsSupervision, boolean attestsRecordKeeping,
        String supervisionSummary) implements Serializable {

    public static RequestForm blank() {
        return new RequestForm("", "", false, false, null, false, false, false, false, "");
    }
}
