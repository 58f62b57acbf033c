package org.peercert.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peercert.background.exclusion.ScreeningRun;

/** Test-only look-ups and time travel in the database, deployed with in-container tests. */
@ApplicationScoped
@Transactional
public class TestData {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @PersistenceContext
    EntityManager em;

    @Inject
    org.peercert.notification.OutboxService outbox;

    public List<String> mailSubjectsTo(String recipient) {
        return em.createQuery("select m.subject from OutboxMessage m where m.recipient = :r order by m.id", String.class)
                .setParameter("r", recipient).getResultList();
    }

    /** The subjects on a person's Notifications page, oldest first. */
    public List<String> noticeSubjectsTo(String email) {
        return em.createQuery("select n.subject from Notice n, UserAccount u where u.id = n.recipientId and u.email = :e order by n.id",
                String.class).setParameter("e", email).getResultList();
    }

    /** What a feature does when it mails someone: the mail joins the outbox in the feature's transaction. */
    public void send(org.peercert.notification.Mail mail) {
        outbox.enqueue(mail);
    }

    /** The outbox rows to a recipient, oldest first. */
    public List<org.peercert.notification.OutboxMessage> outboxTo(String recipient) {
        return em.createQuery("select m from OutboxMessage m where m.recipient = :r order by m.id", org.peercert.notification.OutboxMessage.class)
                .setParameter("r", recipient).getResultList();
    }

    /**
     * Disables every active administrator but this one, for a test of the last-administrator rule, which counts them
     * all; returns whom to give back with {@link #restoreActive}.
     */
    public List<Long> setAsideActiveAdministratorsBut(long keep) {
        List<Long> others = em.createQuery("select u.id from UserAccount u where :admin member of u.roles and u.status = :active and u.id <> :keep",
                Long.class).setParameter("admin", org.peercert.account.Role.ADMIN).setParameter("active", org.peercert.account.UserStatus.ACTIVE)
                .setParameter("keep", keep).getResultList();
        setStatus(others, org.peercert.account.UserStatus.DISABLED);
        return others;
    }

    public void restoreActive(List<Long> accountIds) {
        setStatus(accountIds, org.peercert.account.UserStatus.ACTIVE);
    }

    private void setStatus(List<Long> accountIds, org.peercert.account.UserStatus status) {
        if (!accountIds.isEmpty()) {
            em.createQuery("update UserAccount u set u.status = :s where u.id in :ids").setParameter("s", status).setParameter("ids", accountIds)
                    .executeUpdate();
        }
    }

    /** Dates a person's failed sign-ins and links back to this moment, as if they had happened then. */
    public void dateSignInTracesBack(String email, java.time.Instant then) {
        em.createQuery("update SignInFailure f set f.failedAt = :t where f.email = :e").setParameter("t", then).setParameter("e", email).executeUpdate();
        em.createQuery("update AccountToken k set k.createdAt = :t, k.expiresAt = :t, k.usedAt = :t where k.user.id = "
                + "(select u.id from UserAccount u where u.email = :e)").setParameter("t", then).setParameter("e", email).executeUpdate();
    }

    public String passwordHashOf(String email) {
        return em.createQuery("select u.passwordHash from UserAccount u where u.email = :e", String.class).setParameter("e", email).getSingleResult();
    }

    /** Stores a hash made elsewhere, as a hash from before a change of algorithm would be. */
    public void storePasswordHash(String email, String hash) {
        em.createQuery("update UserAccount u set u.passwordHash = :h where u.email = :e").setParameter("h", hash).setParameter("e", email).executeUpdate();
    }

    public long signInFailuresOf(String email) {
        return em.createQuery("select count(f) from SignInFailure f where f.email = :e", Long.class).setParameter("e", email).getSingleResult();
    }

    public long linksOf(String email) {
        return em.createQuery("select count(k) from AccountToken k where k.user.email = :e", Long.class).setParameter("e", email).getSingleResult();
    }

    /** Moves a certificate's expiry (its cycle) to the day given, as if it had been issued earlier. */
    public void expireOn(long certificateId, java.time.LocalDate day) {
        em.createQuery("update Certificate c set c.expiresOn = :d where c.id = :id").setParameter("d", day).setParameter("id", certificateId)
                .executeUpdate();
    }

    public List<String> mailBodiesTo(String recipient) {
        return em.createQuery("select m.body from OutboxMessage m where m.recipient = :r order by m.id", String.class)
                .setParameter("r", recipient).getResultList();
    }

    /** The token in the newest mail to the recipient whose subject contains the words given. */
    public String tokenFromMail(String recipient, String subjectContains) {
        List<String> bodies = em.createQuery("select m.body from OutboxMessage m where m.recipient = :r and m.subject like :s order by m.id desc", String.class)
                .setParameter("r", recipient).setParameter("s", "%" + subjectContains + "%").getResultList();
        if (bodies.isEmpty()) {
            throw new AssertionError("No mail '" + subjectContains + "' to " + recipient);
        }
        Matcher matcher = TOKEN.matcher(bodies.get(0));
        if (!matcher.find()) {
            throw new AssertionError("No token in mail to " + recipient);
        }
        return matcher.group(1);
    }

    public long accountsWithEmail(String email) {
        return em.createQuery("select count(u) from UserAccount u where u.email = :e", Long.class).setParameter("e", email).getSingleResult();
    }

    public void expireLinksOf(String email) {
        em.createQuery("update AccountToken t set t.expiresAt = :past where t.user.id in (select u.id from UserAccount u where u.email = :e)")
                .setParameter("past", PortalTime.now().minusSeconds(1)).setParameter("e", email).executeUpdate();
    }

    public List<String> auditActionsAbout(String subject) {
        return em.createQuery("select e.action from AuditEvent e where e.subject = :s order by e.id", Object.class)
                .setParameter("s", subject).getResultList().stream().map(String::valueOf).toList();
    }

    /** The details of the audit events about a subject, oldest first: what people read in the audit trail. */
    public List<String> auditDetailsAbout(String subject) {
        return em.createQuery("select e.details from AuditEvent e where e.subject = :s order by e.id", String.class)
                .setParameter("s", subject).getResultList();
    }

    public String emailOfApplicant(long accountId) {
        return em.createQuery("select u.email from UserAccount u where u.id = :id", String.class).setParameter("id", accountId).getSingleResult();
    }

    /** The screening run recorded last, whatever the clock said when it ran. */
    public ScreeningRun newestScreeningRun() {
        return em.createQuery("select r from ScreeningRun r order by r.id desc", ScreeningRun.class).setMaxResults(1).getSingleResult();
    }

    /**
     * For each position of a sitting, the place on the person's screen (0 to 3) of the correct option:
     * what a test needs to answer right, and what the page must never reveal.
     */
    public Map<Integer, Integer> correctPlaces(long sittingId) {
        Map<Integer, Integer> places = new HashMap<>();
        em.createQuery("select s.key.position, s.optionOrder, i.correctOption from SittingItem s, ExamItem i "
                        + "where i.id = s.itemId and s.key.sittingId = :s", Object[].class).setParameter("s", sittingId).getResultList()
                .forEach(r -> places.put((Integer) r[0], ((String) r[1]).indexOf((char) ('0' + (Integer) r[2]))));
        return places;
    }

    /** As if the portal had signed with this key before a rotation (#27): its public part among the recorded keys. */
    public void recordEarlierSigningKey(String keyId, String publicJwk) {
        em.createNativeQuery("INSERT INTO credential_public_key (kid, jwk, first_used_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, keyId).setParameter(2, publicJwk).setParameter(3, PortalTime.now().minusSeconds(86_400)).executeUpdate();
    }

    public void forgetSigningKey(String keyId) {
        em.createNativeQuery("DELETE FROM credential_public_key WHERE kid = ?1").setParameter(1, keyId).executeUpdate();
    }

    /** #25: the cohort and day a person's training was kept as complete, as "cohortId yyyy-MM-dd". */
    public java.util.Optional<String> trainingCompletedIn(long applicantId) {
        List<?> rows = em.createNativeQuery("SELECT CONCAT(cohort_id, ' ', completed_on) FROM training_completion WHERE applicant_id = ?1")
                .setParameter(1, applicantId).getResultList();
        return rows.stream().findFirst().map(String::valueOf);
    }

    /** #25: the postal code list as it stands: code, county, region. */
    @SuppressWarnings("unchecked")
    public List<String[]> postalAreas() {
        return ((List<Object[]>) em.createNativeQuery("SELECT postal_code, county, region FROM postal_area ORDER BY postal_code").getResultList())
                .stream().map(r -> new String[] {(String) r[0], (String) r[1], (String) r[2]}).toList();
    }

    /** #25: puts back a postal code list kept by {@link #postalAreas()}. */
    public void replacePostalAreas(List<String[]> areas) {
        em.createNativeQuery("DELETE FROM postal_area").executeUpdate();
        for (String[] a : areas) {
            em.createNativeQuery("INSERT INTO postal_area (postal_code, county, region) VALUES (?1, ?2, ?3)").setParameter(1, a[0])
                    .setParameter(2, a[1]).setParameter(3, a[2]).executeUpdate();
        }
    }
}
