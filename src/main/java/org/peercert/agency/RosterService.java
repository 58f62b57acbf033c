package org.peercert.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peercert.account.EmailAddress;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.background.exclusion.NameKeys;
import org.peercert.billing.BillingPolicy;
import org.peercert.billing.ProviderRecord;
import org.peercert.billing.ProviderRecords;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateNumbering;
import org.peercert.certificate.CertificateRecords;
import org.peercert.platform.NotYours;
import org.peercert.platform.csv.CsvLines;
import org.peercert.platform.csv.LineChecks;
import org.peercert.platform.csv.LineRejected;
import org.peercert.platform.csv.RejectedLine;
import org.peercert.supervision.SupervisionService;

/**
 * An agency's roster: people are added only by certificate number, last name and date of birth together (no
 * browsing of the registry), one at a time or by CSV upload; the roster shows each person's standing live.
 */
@ApplicationScoped
@Transactional
public class RosterService {

    public static final List<String> UPLOAD_HEADER = List.of("certificate_number", "last_name", "date_of_birth");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditService audit;

    @Inject
    AgencyService agencies;

    @Inject
    ProviderRecords records;

    @Inject
    SupervisionService supervision;

    @Inject
    BillingPolicy policy;

    @Inject
    CertificateRecords certificateRecords;

    /** The agency's single adds of the last 24 hours, refused ones too, under the configured limit (#26). */
    private void requireSingleAddAllowance(Agency agency) {
        String subject = "agency " + agency.getId();
        long tries = audit.countsSince(List.of(subject), List.of(AuditAction.ROSTER_ADDED, AuditAction.ROSTER_ADD_REFUSED), null,
                clock.instant().minus(Duration.ofDays(1))).getOrDefault(subject, 0L);
        if (tries >= policy.rosterSingleAddsPerDay()) {
            throw new AgencyProblem("roster.tooManyAdds", policy.rosterSingleAddsPerDay());
        }
    }

    /** Adds one person; the three must match one certificate, and a refusal never says which did not. */
    public RosterEntry add(String adminEmail, String number, String lastName, LocalDate dateOfBirth) {
        Agency agency = agencies.requireAgencyOf(adminEmail);
        String actor = EmailAddress.normalize(adminEmail);
        requireSingleAddAllowance(agency);
        Optional<String> claimed = CertificateNumbering.normalize(number);
        if (claimed.isPresent() && !certificateRecords.countBirthDateClaims(List.of(claimed.get()), actor).isEmpty()) {
            throw new AgencyProblem("roster.tooManyTries", claimed.get());
        }
        Optional<Certificate> match = claimed
                .flatMap(n -> matching(Map.of(n, new Claim(0, n, NameKeys.key(lastName == null ? "" : lastName), dateOfBirth))).values().stream()
                        .findFirst());
        if (match.isEmpty() || dateOfBirth == null) {
            audit.recordRefusal(actor, AuditAction.ROSTER_ADD_REFUSED, "agency " + agency.getId(), "no match for " + CsvLines.abbreviate(
                    String.valueOf(number)));
            throw new AgencyProblem("roster.noMatch");
        }
        if (onRoster(agency.getId(), List.of(match.get().getId())).contains(match.get().getId())) {
            throw new AgencyProblem("roster.already", match.get().getNumber());
        }
        RosterEntry entry = new RosterEntry(agency.getId(), match.get().getId(), actor, clock.instant());
        em.persist(entry);
        audit.record(actor, AuditAction.ROSTER_ADDED, "agency " + agency.getId(), match.get().getNumber());
        return entry;
    }

    /** One line of an upload (or the single add) as claimed: the line, the number, the last name as a key, the date of birth. */
    private record Claim(long line, String number, String lastNameKey, LocalDate dateOfBirth) {
    }

    /** Certificates whose number, last name and date of birth all match the claims, by number. */
    private Map<String, Certificate> matching(Map<String, Claim> claims) {
        Map<String, Certificate> matches = new HashMap<>();
        List<String> numbers = new ArrayList<>(claims.keySet());
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            em.createQuery("select c, a.dateOfBirth from Certificate c, CertificationApplication a where a.id = c.applicationId"
                            + " and c.number in :n", Object[].class).setParameter("n", numbers.subList(from, Math.min(numbers.size(), from + CHUNK)))
                    .getResultList().forEach(row -> {
                        Certificate c = (Certificate) row[0];
                        Claim claim = claims.get(c.getNumber());
                        if (claim.lastNameKey().equals(NameKeys.key(c.getLegalLastName())) && claim.dateOfBirth() != null
                                && claim.dateOfBirth().equals(row[1])) {
                            matches.put(c.getNumber(), c);
                        }
                    });
        }
        return matches;
    }

    private Set<Long> onRoster(long agencyId, List<Long> certificateIds) {
        Set<Long> present = new HashSet<>();
        for (int from = 0; from < certificateIds.size(); from += CHUNK) {
            present.addAll(em.createQuery("select r.certificateId from RosterEntry r where r.agencyId = :a and r.certificateId in :c", Long.class)
                    .setParameter("a", agencyId).setParameter("c", certificateIds.subList(from, Math.min(certificateIds.size(), from + CHUNK)))
                    .getResultList());
        }
        return present;
    }

    /**
     * A CSV roster (certificate_number, last_name, date_of_birth): every matching line is added in one transaction;
     * a file with the wrong columns or too many lines is refused whole.
     */
    public RosterUpload upload(String adminEmail, Reader csv) throws CsvLines.Unreadable {
        Agency agency = agencies.requireAgencyOf(adminEmail);
        Map<String, Claim> claims = new LinkedHashMap<>();
        Map<Long, String> texts = new HashMap<>();
        List<RejectedLine> rejected = new ArrayList<>(CsvLines.read(csv, UPLOAD_HEADER, (line, record) -> {
            if (line > policy.rosterUploadMaxLines() + 1L) {
                throw new AgencyProblem("roster.tooManyLines", policy.rosterUploadMaxLines());
            }
            Claim claim = claim(line, record.get(0), record.get(1), record.get(2));
            texts.put(line, CsvLines.echo(record));
            Claim earlier = claims.putIfAbsent(claim.number(), claim);
            if (earlier != null) {
                throw new LineRejected("the same certificate as line " + earlier.line());
            }
        }));
        String actor = EmailAddress.normalize(adminEmail);
        Set<String> overLimit = certificateRecords.countBirthDateClaims(claims.keySet(), actor);
        overLimit.forEach(number -> {
            Claim refused = claims.remove(number);
            rejected.add(new RejectedLine(refused.line(), "this certificate was tried too many times today; try again tomorrow",
                    texts.get(refused.line())));
        });
        Map<String, Certificate> matches = matching(claims);
        claims.values().stream().filter(c -> !matches.containsKey(c.number()))
                .forEach(c -> rejected.add(new RejectedLine(c.line(), "no certificate matches this number, last name and date of birth",
                        texts.get(c.line()))));
        rejected.sort(java.util.Comparator.comparingLong(RejectedLine::line));
        List<Long> matched = matches.values().stream().map(Certificate::getId).toList();
        Set<Long> already = onRoster(agency.getId(), matched);
        List<Long> adding = matched.stream().filter(id -> !already.contains(id)).toList();
        insert(agency.getId(), adding, actor, clock.instant());
        audit.record(actor, AuditAction.ROSTER_UPLOADED, "agency " + agency.getId(),
                adding.size() + " added, " + already.size() + " already on the roster, " + rejected.size() + " lines refused");
        return new RosterUpload(adding.size(), already.size(), rejected);
    }

    /** @throws LineRejected with every problem of the line */
    private static Claim claim(long line, String number, String lastName, String dateOfBirth) {
        LineChecks checks = new LineChecks();
        String normalized = checks.field(() -> CertificateNumbering.normalize(number).orElseThrow(() -> new LineRejected("not a certificate number: "
                + CsvLines.abbreviate(number))));
        checks.text(lastName, 100, "give the last name");
        LocalDate born = checks.field(() -> date(dateOfBirth));
        checks.refuseIfAny();
        return new Claim(line, normalized, NameKeys.key(lastName), born);
    }

    private static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, US_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new LineRejected("the date of birth is not a date (YYYY-MM-DD or MM/DD/YYYY): " + CsvLines.abbreviate(text));
        }
    }

    /** Multi-row inserts: IDENTITY keys would make JPA insert 10,000 rows one statement at a time. */
    private void insert(long agencyId, List<Long> certificateIds, String actor, Instant at) {
        for (int from = 0; from < certificateIds.size(); from += CHUNK) {
            List<Long> chunk = certificateIds.subList(from, Math.min(certificateIds.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("INSERT IGNORE INTO roster_entry (agency_id, certificate_id, added_by, added_at) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?").append(4 * i + 1).append(", ?").append(4 * i + 2).append(", ?").append(4 * i + 3)
                        .append(", ?").append(4 * i + 4).append(')');
            }
            Query insert = em.createNativeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                insert.setParameter(4 * i + 1, agencyId).setParameter(4 * i + 2, chunk.get(i)).setParameter(4 * i + 3, actor)
                        .setParameter(4 * i + 4, Timestamp.from(at));
            }
            insert.executeUpdate();
        }
    }

    /** Removes a person from the agency's roster and ends the supervision the agency had assigned them. */
    public void remove(String adminEmail, long entryId) {
        Agency agency = agencies.requireAgencyOf(adminEmail);
        RosterEntry entry = Optional.ofNullable(em.find(RosterEntry.class, entryId)).filter(e -> e.getAgencyId().equals(agency.getId()))
                .orElseThrow(() -> new NotYours("roster entry " + entryId));
        String actor = EmailAddress.normalize(adminEmail);
        supervision.endOpenAssignments(agency.getId(), entry.getCertificateId(), actor, "removed from the agency's roster");
        em.remove(entry);
        audit.record(actor, AuditAction.ROSTER_REMOVED, "agency " + agency.getId(), "certificate " + entry.getCertificateId());
    }

    public record RosterLine(RosterEntry entry, ProviderRecord record) {
    }

    /** The roster as of today, by last name, with each person's live standing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RosterLine> roster(long agencyId) {
        List<Object[]> rows = entries(agencyId);
        List<ProviderRecord> standing = records.of(agencyId, rows.stream().map(r -> (Certificate) r[1]).toList(), LocalDate.now(clock));
        List<RosterLine> lines = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            lines.add(new RosterLine((RosterEntry) rows.get(i)[0], standing.get(i)));
        }
        return lines;
    }

    /** Who is on the roster, by last name, without their standing (what a chooser of people needs). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certificate> members(long agencyId) {
        return entries(agencyId).stream().map(row -> (Certificate) row[1]).toList();
    }

    /** Pairs of roster entry and certificate, by last name. */
    private List<Object[]> entries(long agencyId) {
        return em.createQuery("select r, c from RosterEntry r, Certificate c where c.id = r.certificateId and r.agencyId = :a"
                + " order by c.lastNameKey, c.firstNameKey, c.id", Object[].class).setParameter("a", agencyId).getResultList();
    }

    /** The roster entry of a certificate at the agency, or a refusal: an agency checks and supervises only its own people. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RosterEntry requireOnRoster(long agencyId, String certificateNumber) {
        return em.createQuery("select r from RosterEntry r, Certificate c where c.id = r.certificateId and r.agencyId = :a and c.number = :n",
                        RosterEntry.class).setParameter("a", agencyId).setParameter("n", CertificateNumbering.normalize(certificateNumber).orElse(""))
                .getResultStream().findFirst().orElseThrow(() -> new NotYours("certificate " + certificateNumber + " is not on agency " + agencyId));
    }

    /** The agencies whose roster holds the certificate: who to tell when something about the person changes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> agenciesHolding(long certificateId) {
        return em.createQuery("select r.agencyId from RosterEntry r where r.certificateId = :c", Long.class).setParameter("c", certificateId)
                .getResultList();
    }
}
