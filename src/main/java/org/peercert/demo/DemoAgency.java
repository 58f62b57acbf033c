package org.peercert.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyDraft;
import org.peercert.agency.AgencyService;
import org.peercert.agency.AgencyStatus;
import org.peercert.agency.RosterService;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateRecords;
import org.peercert.supervision.Assignment;
import org.peercert.supervision.Qualification;
import org.peercert.supervision.QualificationKind;
import org.peercert.supervision.QualificationStatus;
import org.peercert.supervision.SessionFormat;
import org.peercert.supervision.SupervisionRole;
import org.peercert.supervision.SupervisionService;

/**
 * The demo of issue 9: a verified Kansas agency whose roster holds the demo certificate holder, supervised by the demo
 * supervisor (a verified Peer Support Supervisor and LMHP) with a recent clinical session. Made through the services, once.
 */
@ApplicationScoped
public class DemoAgency {

    /** CMS's published example of a valid NPI. */
    static final String NPI = "1234567893";

    @Inject
    AgencyService agencies;

    @Inject
    RosterService roster;

    @Inject
    SupervisionService supervision;

    @Inject
    CertificateRecords certificates;

    @Inject
    Clock clock;

    void seed() {
        String admin = "agency" + DemoData.DOMAIN;
        if (agencies.agencyOf(admin).isPresent()) {
            return;
        }
        String staff = "staff" + DemoData.DOMAIN;
        Agency agency = agencies.register(admin, new AgencyDraft("Prairie Peer Recovery Center", NPI, "KS100234", "120 SE 6th Ave", "Topeka", "KS",
                "66603", "Ari Agency", admin, "785-555-0142"));
        agencies.decide(staff, agency.getId(), agency.getVersion(), AgencyStatus.VERIFIED, "Demo agency");
        Certificate holder = certificates.ofHolder(DemoCertificates.HOLDER + DemoData.DOMAIN).stream().findFirst().orElse(null);
        if (holder == null) {
            return;
        }
        roster.add(admin, holder.getNumber(), "Holder", LocalDate.of(1982, 7, 9));
        String supervisor = "supervisor" + DemoData.DOMAIN;
        verify(staff, supervision.declare(supervisor, QualificationKind.PEER_SUPPORT_SUPERVISOR, null, null, null));
        verify(staff, supervision.declare(supervisor, QualificationKind.LMHP, "LMHP-KS-20417", "KS", LocalDate.now(clock).plusYears(1)));
        for (SupervisionRole role : SupervisionRole.values()) {
            Assignment a = supervision.assign(agency.getId(), holder.getId(), admin, supervisor, role);
            supervision.answer(supervisor, a.getId(), a.getVersion(), true);
            if (role == SupervisionRole.CLINICAL) {
                supervision.logSession(supervisor, a.getId(), LocalDate.now(clock), 60, SessionFormat.INDIVIDUAL,
                        "Boundaries with long-term consumers; documentation of contacts");
            }
        }
    }

    private void verify(String staff, Qualification q) {
        supervision.decide(staff, q.getId(), q.getVersion(), QualificationStatus.VERIFIED, null);
    }
}
