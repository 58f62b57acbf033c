package org.peercert.ceu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peercert.certificate.CertificateStatus;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.PortalUrls;
import org.peercert.platform.format.UsDates;

/**
 * R-CEU-2: the daily scan that reminds holders of their certificate's expiry, each reminder exactly once per
 * certificate, cycle (its expiry date) and offset. "Once" rests on the notice's and the mail's unique key, so a scan
 * run twice, on two nodes, or after days down sends nothing twice; {@link ReminderSchedule} decides what is due.
 * A renewal that awaits staff stops the reminders of its cycle (a returned one lets the next due one go out). A chunk
 * first asks the outbox which of its reminders went out already, so the day's second scan renders and inserts nothing.
 */
@ApplicationScoped
public class ExpiryReminders {

    private static final Logger LOG = Logger.getLogger(ExpiryReminders.class.getName());
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RenewalPolicy policy;

    @Inject
    OutboxService outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    @Inject
    ExpiryReminders self;

    @Inject
    Event<ExpiryReminded> reminded;

    /** @return how many reminders this scan sent */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int scan() {
        LocalDate today = LocalDate.now(clock);
        ReminderSchedule schedule = new ReminderSchedule(policy.reminderDays());
        List<ReminderCandidate> candidates = self.candidates(today, schedule.horizonDays());
        int sent = 0;
        for (int from = 0; from < candidates.size(); from += CHUNK) {
            try {
                sent += self.remind(candidates.subList(from, Math.min(from + CHUNK, candidates.size())), today, schedule);
            } catch (RuntimeException chunkFailed) {
                LOG.log(Level.WARNING, "A chunk of expiry reminders failed (another node may hold its rows); the next scan sends what is "
                        + "still unsent", chunkFailed);
            }
        }
        return sent;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReminderCandidate> candidates(LocalDate today, int horizonDays) {
        return em.createQuery("select new org.peercert.ceu.ReminderCandidate(c.id, c.holderId, u.email, u.firstName, u.lastName, c.number, "
                        + "c.expiresOn) from Certificate c, UserAccount u where u.id = c.holderId and c.status in :live "
                        + "and c.expiresOn between :today and :horizon and not exists (select r.id from Renewal r where r.certificateId = c.id "
                        + "and r.cycleExpiresOn = c.expiresOn and r.status = :awaiting) order by c.id", ReminderCandidate.class)
                .setParameter("live", CertificateStatus.LIVE).setParameter("awaiting", Renewal.Status.SUBMITTED)
                .setParameter("today", today).setParameter("horizon", today.plusDays(horizonDays)).getResultList();
    }

    /** One chunk in one transaction; a failure leaves the chunk for the next run, which sends only what is still unsent. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int remind(List<ReminderCandidate> chunk, LocalDate today, ReminderSchedule schedule) {
        Map<ReminderCandidate, Integer> due = new LinkedHashMap<>();
        for (ReminderCandidate c : chunk) {
            schedule.dueOn(today, c.expiresOn()).ifPresent(daysBefore -> due.put(c, daysBefore));
        }
        Set<String> sentBefore = outbox.alreadyEnqueued(due.entrySet().stream().map(d -> key(d.getKey(), d.getValue())).toList());
        int sent = 0;
        for (Map.Entry<ReminderCandidate, Integer> d : due.entrySet()) {
            ReminderCandidate c = d.getKey();
            String key = key(c, d.getValue());
            if (!sentBefore.contains(key) && outbox.enqueueOnce(mail(c, d.getValue()), key)) {
                reminded.fire(new ExpiryReminded(c.certificateId(), c.expiresOn(), d.getValue()));
                sent++;
            }
            forgetWhatWasRead();
        }
        return sent;
    }

    /**
     * The observers of a reminder (the holder's notice, the agencies' copies) read entities into the chunk's
     * persistence context, and each of their queries first checked every entity read so far for changes: a chunk of
     * 500 reminders spent most of its time there (a profile of the 17,876-reminder scan, #24). Written out and
     * forgotten after each reminder, the context holds one reminder's entities at a time.
     */
    private void forgetWhatWasRead() {
        em.flush();
        em.clear();
    }

    static String key(ReminderCandidate c, int daysBefore) {
        return "expiry-reminder:" + c.certificateId() + ":" + c.expiresOn() + ":" + daysBefore;
    }

    private org.peercert.notification.Mail mail(ReminderCandidate c, int daysBefore) {
        return templates.render(daysBefore == 0 ? "expiry-today" : "expiry-reminder", c.email(), c.firstName() + " " + c.lastName(),
                c.number(), daysBefore, UsDates.shown(c.expiresOn()), urls.absolute("/applicant/index.xhtml"), policy.graceDays());
    }
}
