package org.peercert.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.peercert.account.UserAccount;
import org.peercert.notification.Notice;
import org.peercert.notification.NoticeService;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.PortalUrls;

/** The daily digest of roster changes: one mail per administrator and day, once (its outbox key is the day). */
@ApplicationScoped
public class RosterDigests {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> digestAgencies() {
        return em.createQuery("select a.id from Agency a where a.dailyDigest = true", Long.class).getResultList();
    }

    /** @return how many administrators were sent a digest (none without changes) */
    @Transactional
    public int send(long agencyId, LocalDate day, Duration covering) {
        Agency agency = em.find(Agency.class, agencyId);
        int sent = 0;
        for (UserAccount admin : agencies.adminsOf(agencyId)) {
            List<Notice> changes = notices.since(admin.getId(), clock.instant().minus(covering), RosterMonitor.SUBJECT_PREFIX);
            if (changes.isEmpty()) {
                continue;
            }
            String lines = changes.stream().map(n -> "- " + n.getSubject().substring(RosterMonitor.SUBJECT_PREFIX.length()).strip())
                    .collect(Collectors.joining("\n"));
            boolean queued = outbox.enqueueOnce(templates.render("roster-digest", admin.getEmail(), admin.getFirstName(), agency.getLegalName(),
                    changes.size(), lines, urls.absolute("/agency/roster.xhtml")), "roster-digest:" + admin.getId() + ":" + day);
            sent += queued ? 1 : 0;
        }
        return sent;
    }
}
