package org.peercert.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.peercert.account.UserAccount;
import org.peercert.background.exclusion.ExclusionFlagged;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateChanged;
import org.peercert.certificate.CertificateStatus;
import org.peercert.ceu.ExpiryReminded;
import org.peercert.ceu.RenewalPolicy;
import org.peercert.notification.Mail;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.NoticeService;
import org.peercert.notification.OutboxService;
import org.peercert.platform.PortalUrls;
import org.peercert.platform.format.UsDates;
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
    OutboxService outbox;

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
        String what = "certificate " + c.getNumber() + " is now " + c.statusInWords()
                + (c.getStatus() == CertificateStatus.SUSPENDED ? "; they may not practise or bill peer support while it lasts" : "");
        roster.agenciesHolding(c.getId()).forEach(agency -> tell(agency, c, "is " + c.statusInWords(), what, null));
    }

    void exclusionFlagged(@Observes ExclusionFlagged flagged) {
        List<Certificate> held = em.createQuery("select c from Certificate c where c.holderId = :h", Certificate.class)
                .setParameter("h", flagged.applicantId()).getResultList();
        String what = flagged.confirmed() ? "staff confirmed a match on the federal exclusion list (" + flagged.listedName() + ")"
                : "a possible match on the federal exclusion list is under staff review";
        String headline = flagged.confirmed() ? "is on the federal exclusion list" : "may be on the federal exclusion list";
        held.forEach(c -> roster.agenciesHolding(c.getId()).forEach(agency -> tell(agency, c, headline, what, null)));
    }

    /** R-CEU-2: the agencies holding the person get a copy of the configured expiry reminders, once per administrator. */
    void expiryReminded(@Observes ExpiryReminded reminded) {
        if (!renewalPolicy.agencyReminderDays().contains(reminded.daysBefore())) {
            return;
        }
        Certificate c = em.find(Certificate.class, reminded.certificateId());
        String expires = UsDates.shown(reminded.expiresOn());
        String what = reminded.daysBefore() == 0
                ? "the certificate expires today (" + expires + "); from tomorrow it is not valid for practice until renewed"
                : "the certificate expires on " + expires + ", in " + reminded.daysBefore() + " days, unless renewed";
        String headline = reminded.daysBefore() == 0 ? "expires today" : "expires on " + expires;
        String key = "expiry-reminder-agency:" + c.getId() + ":" + reminded.expiresOn() + ":" + reminded.daysBefore();
        roster.agenciesHolding(c.getId()).forEach(agency -> tell(agency, c, headline, what, key + ":" + agency));
    }

    void supervisionChanged(@Observes SupervisionChanged changed) {
        Certificate c = em.find(Certificate.class, changed.certificateId());
        String role = changed.role().label().toLowerCase(Locale.ROOT);
        tell(changed.agencyId(), c, "has a change of " + role, role + ": " + changed.what(), null);
    }

    /** With a dedupe key, each administrator is told at most once (the key gets the administrator's id). */
    /** @param headline what happened, for the subject ("is suspended until Jan 31, 2027"); {@code what} says it in full */
    private void tell(long agencyId, Certificate person, String headline, String what, String onceKey) {
        Agency agency = em.find(Agency.class, agencyId);
        for (UserAccount admin : agencies.adminsOf(agencyId)) {
            Mail mail = templates.render("roster-change", admin.getEmail(), admin.getFirstName(), person.getHolderName(), person.getNumber(),
                    what, agency.getLegalName(), urls.absolute("/agency/roster.xhtml"), headline);
            String key = onceKey == null ? null : onceKey + ":" + admin.getId();
            if (agency.isDailyDigest()) {
                if (key == null) {
                    notices.record(admin.getId(), mail);
                } else {
                    notices.recordOnce(admin.getId(), mail, key);
                }
            } else if (key == null) {
                outbox.enqueue(mail);
            } else {
                outbox.enqueueOnce(mail, key);
            }
        }
    }
}
