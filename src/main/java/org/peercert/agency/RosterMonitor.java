package org.peercert.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.peercert.account.UserAccount;
import org.peercert.background.exclusion.ExclusionFlagged;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateChanged;
import org.peercert.notification.Mail;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.NoticeService;
import org.peercert.platform.PortalUrls;
import org.peercert.supervision.SupervisionChanged;

/**
 * Continuous monitoring: when anything about a rostered person changes (certificate state, exclusion match,
 * supervision ended), each administrator of each agency holding them is told in the portal at once, and by mail
 * at once or in the next daily digest, as the agency chose. Runs in the changing transaction, so a change that
 * rolls back tells nobody.
 */
@ApplicationScoped
public class RosterMonitor {

    /** Every monitoring notice's subject starts so; the daily digest gathers them by it. */
    public static final String SUBJECT_PREFIX = "Roster change:";

    @PersistenceContext
    EntityManager em;

    @Inject
    RosterService roster;

    @Inject
    AgencyService agencies;

    @Inject
    NoticeService notices;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    void certificateChanged(@Observes CertificateChanged changed) {
        if (changed.change() == null) {
            return;
        }
        Certificate c = em.find(Certificate.class, changed.certificateId());
        String what = "certificate " + c.getNumber() + " is now " + changed.status().label().toLowerCase(java.util.Locale.ROOT);
        roster.agenciesHolding(c.getId()).forEach(agency -> tell(agency, c, what));
    }

    void exclusionFlagged(@Observes ExclusionFlagged flagged) {
        List<Certificate> held = em.createQuery("select c from Certificate c where c.holderId = :h", Certificate.class)
                .setParameter("h", flagged.applicantId()).getResultList();
        String what = flagged.confirmed() ? "staff confirmed a match on the federal exclusion list (" + flagged.listedName() + ")"
                : "a possible match on the federal exclusion list is under staff review";
        held.forEach(c -> roster.agenciesHolding(c.getId()).forEach(agency -> tell(agency, c, what)));
    }

    void supervisionChanged(@Observes SupervisionChanged changed) {
        Certificate c = em.find(Certificate.class, changed.certificateId());
        tell(changed.agencyId(), c, changed.role().label().toLowerCase(java.util.Locale.ROOT) + ": " + changed.what());
    }

    private void tell(long agencyId, Certificate person, String what) {
        Agency agency = em.find(Agency.class, agencyId);
        for (UserAccount admin : agencies.adminsOf(agencyId)) {
            Mail mail = templates.render("roster-change", admin.getEmail(), admin.getFirstName(), person.getHolderName(), person.getNumber(),
                    what, agency.getLegalName(), urls.absolute("/agency/roster.xhtml"));
            if (agency.isDailyDigest()) {
                notices.record(admin.getId(), mail);
            } else {
                notices.tell(admin.getId(), mail);
            }
        }
    }
}
