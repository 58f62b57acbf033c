package org.peercert.ceu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peercert.account.EmailAddress;
import org.peercert.account.UserAccount;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.background.exclusion.NameKeys;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateStatus;
import org.peercert.platform.Paging;
import org.peercert.platform.csv.CsvLines;
import org.peercert.platform.csv.LineRejected;
import org.peercert.platform.csv.RejectedLine;

/**
 * R-CEU-1: trainers and approved CE providers report completions for many people at once (CSV). Each good line lands
 * in the person's record already verified (exempt from a CE audit's proof); every other line is reported with its
 * reason. The reporter's account row is locked for the upload, so a double-submitted file adds each activity once.
 */
@ApplicationScoped
@Transactional
public class CeReports {

    private static final int CHUNK = 500;
    private static final int PROVIDER_MAX = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RenewalPolicy policy;

    @Inject
    CeService ce;

    @Inject
    AuditService audit;

    public CeReport report(String reporterEmail, String providerName, Reader csv) throws CsvLines.Unreadable {
        String provider = providerName == null ? "" : providerName.strip();
        if (provider.isEmpty() || provider.length() > PROVIDER_MAX) {
            throw new CeProblem("ce.provider");
        }
        String reporter = EmailAddress.normalize(reporterEmail);
        lockReporter(reporter);
        CeReportLine.Rules rules = rules();
        List<CeReportLine> lines = new ArrayList<>();
        Map<Long, String> texts = new HashMap<>();
        List<RejectedLine> rejected = new ArrayList<>(CsvLines.read(csv, CeReportLine.HEADER, (line, record) -> {
            if (line > policy.reportMaxLines() + 1L) {
                throw new CeProblem("ce.reportTooLong", policy.reportMaxLines());
            }
            lines.add(CeReportLine.parse(line, record.toList(), rules));
            texts.put(line, CsvLines.echo(record));
        }));
        Map<String, Certificate> certificates = certificates(lines.stream().map(CeReportLine::number).distinct().toList());
        Set<String> reported = reportedBefore(reporter, certificates.values());
        Map<Long, CeCategory> categories = new HashMap<>();
        int added = 0;
        int already = 0;
        for (CeReportLine line : lines) {
            Certificate c = certificates.get(line.number());
            if (c == null || !line.lastNameKey().equals(NameKeys.key(c.getLegalLastName()))) {
                rejected.add(new RejectedLine(line.line(), "no certificate matches this number and last name", texts.get(line.line())));
            } else if (c.getStatus() == CertificateStatus.REVOKED) {
                rejected.add(new RejectedLine(line.line(), "certificate " + c.getNumber() + " is revoked", texts.get(line.line())));
            } else if (!reported.add(line.sameness(c.getHolderId()))) {
                already++;
            } else {
                CeCategory category = categories.computeIfAbsent(line.categoryId(), id -> em.find(CeCategory.class, id));
                em.persist(new CeActivity(c.getHolderId(), new CeDraft(line.title(), provider, line.completedOn(), line.hours(), line.categoryId(),
                        line.format()), category, CeActivity.Source.PROVIDER, reporter, clock.instant()));
                added++;
            }
        }
        rejected.sort(Comparator.comparingLong(RejectedLine::line));
        audit.record(reporter, AuditAction.CE_COMPLETIONS_REPORTED, provider,
                added + " added, " + already + " already reported, " + rejected.size() + " lines refused");
        return new CeReport(added, already, List.copyOf(rejected));
    }

    /** The provider (organisation) name this reporter gave last, to offer it again; empty before their first report. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> lastProviderName(String reporterEmail) {
        return em.createQuery("select a.provider from CeActivity a where a.reportedBy = :r and a.source = :p order by a.createdAt desc, a.id desc",
                        String.class).setParameter("r", EmailAddress.normalize(reporterEmail)).setParameter("p", CeActivity.Source.PROVIDER)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** One activity this reporter reported, with whose it is. */
    public record Reported(CeActivity activity, String holderName) implements java.io.Serializable {
    }

    /** What this reporter reported, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<Reported> reportedBy(String reporterEmail, int first, int pageSize) {
        String reporter = EmailAddress.normalize(reporterEmail);
        List<Reported> rows = em.createQuery("select a, u.firstName, u.lastName from CeActivity a join fetch a.category, UserAccount u "
                        + "where u.id = a.holderId and a.reportedBy = :r and a.source = :p order by a.createdAt desc, a.id desc", Object[].class)
                .setParameter("r", reporter).setParameter("p", CeActivity.Source.PROVIDER).setFirstResult(first).setMaxResults(pageSize)
                .getResultList().stream().map(row -> new Reported((CeActivity) row[0], row[1] + " " + row[2])).toList();
        long total = em.createQuery("select count(a) from CeActivity a where a.reportedBy = :r and a.source = :p", Long.class)
                .setParameter("r", reporter).setParameter("p", CeActivity.Source.PROVIDER).getSingleResult();
        return new Paging<>(rows, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> categoryNames() {
        return ce.categories().stream().map(CeCategory::getName).toList();
    }

    public int maxLines() {
        return policy.reportMaxLines();
    }

    /**
     * The first statement of the upload, and a locking read: on MariaDB's repeatable read, the reads after it then see
     * what a concurrent upload of the same reporter committed while this one waited.
     */
    private void lockReporter(String reporter) {
        em.createQuery("select u from UserAccount u where u.email = :e", UserAccount.class).setParameter("e", reporter)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }

    private CeReportLine.Rules rules() {
        Map<String, Long> categoryIds = new LinkedHashMap<>();
        ce.categories().forEach(c -> categoryIds.put(c.getName().toLowerCase(Locale.ROOT), c.getId()));
        return new CeReportLine.Rules(categoryIds, LocalDate.now(clock), policy.maxHoursPerActivity());
    }

    private Map<String, Certificate> certificates(List<String> numbers) {
        Map<String, Certificate> found = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            em.createQuery("select c from Certificate c where c.number in :n", Certificate.class)
                    .setParameter("n", numbers.subList(from, Math.min(numbers.size(), from + CHUNK))).getResultList()
                    .forEach(c -> found.put(c.getNumber(), c));
        }
        return found;
    }

    private Set<String> reportedBefore(String reporter, java.util.Collection<Certificate> certificates) {
        List<Long> holders = certificates.stream().map(Certificate::getHolderId).distinct().toList();
        Set<String> seen = new HashSet<>();
        for (int from = 0; from < holders.size(); from += CHUNK) {
            em.createQuery("select a.holderId, a.title, a.completedOn from CeActivity a where a.reportedBy = :r and a.holderId in :h", Object[].class)
                    .setParameter("r", reporter).setParameter("h", holders.subList(from, Math.min(holders.size(), from + CHUNK)))
                    .getResultList().forEach(row -> seen.add(row[0] + "|" + ((String) row[1]).toLowerCase(Locale.ROOT) + "|" + row[2]));
        }
        return seen;
    }
}
