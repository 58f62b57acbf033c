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
import org.peercert.ceu.ExpiryReminded;
import org.peercert.notification.Mail;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.NoticeService;
import org.peercert.platform.PortalUrls;
import org.peercert.policy.RenewalPolicy;
import org.peercert.supervision.SupervisionChanged;

/**
 * Continuous monitoring: when anything about a rostered person changes (certificate state, exclusion match,
 * supervision ended, and the expiry reminders configured for agencies), each administrator of each agency holding them is told in the portal at once, and by mail
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

    @Inject
    RenewalPolicy renewalPolicy;

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

    /** R-CEU-2: the agencies holding the person get a copy of the configured expiry reminders, once per administrator. */
    void expiryReminded(@Observes ExpiryReminded reminded) {
        if (!renewalPolicy.agencyReminderDays().contains(reminded.daysBefore())) {
            return;
        }
        Certificate c = em.find(Certificate.class, reminded.certificateId());
        String what = reminded.daysBefore() == 0
                ? "the certificate expires today (" + reminded.expiresOn() + "); from tomorrow it is not valid for practice until renewed"
                : "the certificate expires on " + reminded.expiresOn() + ", in " + reminded.daysBefore() + " days, unless renewed";
        String key = "expiry-reminder-agency:" + c.getId() + ":" + reminded.expiresOn() + ":" + reminded.daysBefore();
        roster.agenciesHolding(c.getId()).forEach(agency -> tell(agency, c, what, key + ":" + agency));
    }

    void supervisionChanged(@Observes SupervisionChanged changed) {
        Certificate c = em.find(Certificate.class, changed.certificateId());
        tell(changed.agencyId(), c, changed.role().label().toLowerCase(java.util.Locale.ROOT) + ": " + changed.what());
    }

    private void tell(long agencyId, Certificate person, String what) {
        tell(agencyId, person, what, null);
    }

    /** With a dedupe key, each administrator is told at most once (the key gets the administrator's id). */
    private void tell(long agencyId, Certificate person, String what, String onceKey) {
        Agency agency = em.find(Agency.class, agencyId);
        for (UserAccount admin : agencies.adminsOf(agencyId)) {
            Mail mail = templates.render("roster-change", admin.getEmail(), admin.getFirstName(), person.getHolderName(), person.getNumber(),
                    what, agency.getLegalName(), urls.absolute("/agency/roster.xhtml"));
            String key = onceKey == null ? null : onceKey + ":" + admin.getId();
            if (agency.isDailyDigest()) {
                if (key == null) {
                    notices.record(admin.getId(), mail);
                } else {
                    notices.recordOnce(admin.getId(), mail, key);
                }
            } else if (key == null) {
                notices.tell(admin.getId(), mail);
            } else {
                notices.tellOnce(admin.getId(), mail, key);
            }
        }
    }
}
