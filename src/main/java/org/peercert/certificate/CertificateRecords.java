package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peercert.account.UserAccount;
import org.peercert.applications.TrackTitles;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.background.exclusion.NameKeys;
import org.peercert.platform.Paging;
import org.peercert.platform.PortalUrls;
import org.peercert.platform.format.UsDates;

/**
 * Certificates as each reader may see them: staff's list, a holder's own, the printable card, the public lookup by
 * number or name (/verify and the API), and the agencies' birth-date check. Changes are {@link CertificateService}'s.
 */
@ApplicationScoped
@Transactional
public class CertificateRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CertificatePolicy policy;

    @Inject
    AuditService audit;

    @Inject
    PortalUrls urls;

    @Inject
    TrackTitles trackTitles;

    /**
     * The printable card of a certificate, for its holder or for staff, made from the current data: a suspended
     * certificate's documents say so.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificateCard printable(String number, String viewerEmail, boolean staff) {
        Certificate c = forViewer(number, viewerEmail, staff);
        String note = c.getSuspendedUntil() != null ? "Suspended until " + UsDates.shown(c.getSuspendedUntil()) : c.getPublicNote();
        return new CertificateCard(c.getNumber(), trackTitles.title(c.getTrack()), c.getHolderName(), c.getIssuedOn(), c.getExpiresOn(),
                c.getStatus().name(), note, urls.absolute("/verify/" + c.getNumber()));
    }

    /** The certificate with this number, for its holder or staff (its documents, its credential); refused to anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Certificate forViewer(String number, String viewerEmail, boolean staff) {
        Certificate c = em.createNamedQuery(Certificate.BY_NUMBER, Certificate.class).setParameter("number", number).getResultStream()
                .findFirst().orElseThrow(() -> new CertificateProblem("certificate.notFound"));
        if (!staff && !heldBy(c, viewerEmail)) {
            throw new CertificateProblem("certificate.notYours");
        }
        return c;
    }

    /** Whether the person signed in with this email holds the certificate. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean heldBy(Certificate c, String email) {
        return email != null && em.find(UserAccount.class, c.getHolderId()).getEmail().equalsIgnoreCase(email);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Certificate> find(long certificateId) {
        return Optional.ofNullable(em.find(Certificate.class, certificateId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Certificate> ofApplication(long applicationId) {
        return em.createQuery("select c from Certificate c where c.applicationId = :a", Certificate.class).setParameter("a", applicationId)
                .getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certificate> ofHolder(String email) {
        return em.createQuery("select c from Certificate c, UserAccount u where u.id = c.holderId and u.email = :e order by c.issuedOn desc, c.id desc",
                Certificate.class).setParameter("e", email.toLowerCase()).getResultList();
    }

    /** The staff list: newest first, filtered by part of a number or last name and by status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<Certificate> list(CertificateFilter filter, int first, int pageSize) {
        String where = " where (:status is null or c.status = :status)"
                + " and (:text = '' or c.number like :like or c.lastNameKey like :nameLike)";
        String text = filter.text() == null ? "" : filter.text().trim();
        TypedQuery<Certificate> page = em.createQuery("select c from Certificate c" + where + " order by c.id desc", Certificate.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from Certificate c" + where, Long.class);
        for (TypedQuery<?> q : List.of(page, count)) {
            q.setParameter("status", filter.status()).setParameter("text", text)
                    .setParameter("like", "%" + text.toUpperCase() + "%").setParameter("nameLike", NameKeys.key(text) + "%");
        }
        return new Paging<>(page.setFirstResult(first).setMaxResults(pageSize).getResultList(), count.getSingleResult());
    }

    /** /verify and the API: the public fields of the certificate with this number, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublicCertificate> lookUp(String number) {
        return em.createNamedQuery(Certificate.BY_NUMBER, Certificate.class).setParameter("number", number)
                .setHint("org.hibernate.readOnly", Boolean.TRUE).getResultStream().findFirst().map(c -> PublicCertificate.of(c, trackTitles.title(c.getTrack())));
    }

    /**
     * For agencies checking that a certificate is the person in front of them: whether the date of birth is the
     * holder's, never the date itself. Each check is audited, as a series of them could guess the date.
     */
    public boolean birthDateMatches(String number, LocalDate dateOfBirth, String agencyUser) {
        if (checksToday(List.of(number), agencyUser).getOrDefault(number, 0L) >= policy.birthDateChecksPerDay()) {
            throw new CertificateProblem("certificate.tooManyBirthDateChecks", policy.birthDateChecksPerDay());
        }
        List<LocalDate> stored = em.createQuery("select a.dateOfBirth from Certificate c, CertificationApplication a"
                + " where c.number = :n and a.id = c.applicationId", LocalDate.class).setParameter("n", number).getResultList();
        boolean matches = !stored.isEmpty() && dateOfBirth.equals(stored.get(0));
        audit.record(agencyUser, AuditAction.CERTIFICATE_BIRTH_DATE_CHECKED, number, matches ? "match" : "no match");
        return matches;
    }

    /**
     * A roster's add or upload claims each holder's date of birth, as the check above does, so each claim counts against
     * the same daily limit per agency user and certificate and is audited, matching or not, whatever becomes of the
     * add (issue #22, finding 1). Returns the numbers already at the limit, whose claims must not be looked at.
     */
    public Set<String> countBirthDateClaims(Collection<String> numbers, String agencyUser) {
        Map<String, Long> today = checksToday(numbers, agencyUser);
        Set<String> overLimit = numbers.stream().filter(n -> today.getOrDefault(n, 0L) >= policy.birthDateChecksPerDay())
                .collect(Collectors.toSet());
        audit.recordRefusals(agencyUser, AuditAction.CERTIFICATE_BIRTH_DATE_CHECKED, numbers.stream().filter(n -> !overLimit.contains(n)).toList(),
                "claimed on the roster");
        return overLimit;
    }

    private Map<String, Long> checksToday(Collection<String> numbers, String agencyUser) {
        return audit.countsSince(numbers, List.of(AuditAction.CERTIFICATE_BIRTH_DATE_CHECKED), agencyUser, clock.instant().minus(Duration.ofDays(1)));
    }

    /**
     * /verify by name: an exact last name (as folded by {@link NameKeys}), a first name or its beginning. Nothing private
     * narrows a public search, or anyone could try cities or birth dates until one answers (issue #22, finding 8).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicCertificate> searchByName(String lastName, String firstName) {
        String last = NameKeys.key(lastName);
        String firstKey = NameKeys.key(firstName);
        if (last.isEmpty() || firstKey.isEmpty()) {
            throw new CertificateProblem("verify.nameRequired");
        }
        return em.createQuery("select c from Certificate c where c.lastNameKey = :last and c.firstNameKey like :first"
                        + " order by c.firstNameKey, c.number", Certificate.class)
                .setParameter("last", last).setParameter("first", firstKey + "%")
                .setMaxResults(policy.maxSearchResults()).getResultList().stream().map(c -> PublicCertificate.of(c, trackTitles.title(c.getTrack()))).toList();
    }
}
