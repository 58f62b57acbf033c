package org.peercert.testing;

import org.peercert.account.Role;

/** The demo users the test server seeds (peercert.demo.seed=true), one per role. */
public final class DemoUsers {

    public static final String PASSWORD = "PeerCert-Demo-2026";
    /** A second staff member, who adjudicates what the first recorded. */
    public static final String SECOND_STAFF = "reviewer@demo.peercert.test";

    private DemoUsers() {
    }

    public static String email(Role role) {
        String localPart = switch (role) {
            case ADMIN -> "admin";
            case STAFF -> "staff";
            case APPLICANT -> "applicant";
            case TRAINER -> "trainer";
            case CE_PROVIDER -> "provider";
            case SUPERVISOR -> "supervisor";
            case AGENCY_ADMIN -> "agency";
            case NETWORK_STAFF -> "network";
            case COMMITTEE_MEMBER -> "committee";
        };
        return localPart + "@demo.peercert.test";
    }
}
