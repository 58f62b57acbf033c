package org.peercert.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Known records for the report tests (#25), written straight into the tables as years of use would have left them, in
 * a past year and a region of their own, so that the figures the reports give can be told in advance: each test owns
 * its data, and no other test writes in that year or region. What the records are is told in {@link ReportsIT}. The
 * report tests only read, so each test class seeds once.
 */
@ApplicationScoped
@Transactional
public class ReportTestData {

    /** The year the records fall in and the region of their addresses. */
    public record Seeded(int year, String region, String countyA, String countyB, long agencyId) {
    }

    @PersistenceContext
    EntityManager em;

    private int year;
    private String tag;
    private String[] postalCodes;
    private long agency;

    public Seeded seed() {
        tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        year = freeYear();
        String region = "Region " + tag;
        String countyA = "Alpha " + tag;
        String countyB = "Beta " + tag;
        postalCodes = new String[] {freePostalCode(), freePostalCode()};
        area(postalCodes[0], countyA, region);
        area(postalCodes[1], countyB, region);
        workforce();
        pipeline();
        trainingAndTest();
        network();
        return new Seeded(year, region, countyA, countyB, agency);
    }

    /**
     * A year between 1900 and 2009 in which no cohort ends, no test was sat, no network request was received and the
     * committee did not meet: the reports that cannot be narrowed to this data's region read such a year alone. The
     * others are narrowed to the region, which no other data shares.
     */
    private int freeYear() {
        for (int tries = 0; tries < 200; tries++) {
            int candidate = 1900 + ThreadLocalRandom.current().nextInt(110);
            Number used = (Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM cohort WHERE YEAR(ends_on) = ?1) "
                    + "+ (SELECT COUNT(*) FROM exam_sitting WHERE YEAR(sat_on) = ?1) "
                    + "+ (SELECT COUNT(*) FROM network_request WHERE YEAR(received_on) = ?1) "
                    + "+ (SELECT COUNT(*) FROM committee_meeting WHERE YEAR(meets_on) = ?1)").setParameter(1, candidate).getSingleResult();
            if (used.longValue() == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free year for the report tests: use a fresh database");
    }

    /** Five digits starting 00 (no address of another test has one) that no area or application uses yet. */
    private String freePostalCode() {
        for (int tries = 0; tries < 100; tries++) {
            String candidate = String.format("00%03d", ThreadLocalRandom.current().nextInt(1000));
            Number used = (Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM postal_area WHERE postal_code = ?1) "
                    + "+ (SELECT COUNT(*) FROM certification_application WHERE postal_code = ?1)").setParameter(1, candidate).getSingleResult();
            if (used.longValue() == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free postal code for the report tests");
    }

    private void area(String code, String county, String region) {
        em.createNativeQuery("INSERT INTO postal_area (postal_code, county, region) VALUES (?1, ?2, ?3)").setParameter(1, code)
                .setParameter(2, county).setParameter(3, region).executeUpdate();
    }

    private LocalDate day(int yearOffset, int month, int day) {
        return LocalDate.of(year + yearOffset, month, day);
    }

    /**
     * A: CPS in county A, issued Feb 10, active, renewed Dec 31 at 23:59 (and again on Jan 1 after the period).
     * B: CPS in county B, issued Mar 5, suspended from Jun 30. C: PPS in county A, issued the year before, active.
     * D changed track: a CPS certificate of five years before, expired Jan 31, then a PPS one in county B issued Dec 31.
     * E: issued the day after the period. A and C are on one agency's roster. All their applications are years old.
     */
    private void workforce() {
        long a = person("a");
        long b = person("b");
        long c = person("c");
        long d = person("d");
        long e = person("e");
        long certA = certificate(a, "CPS", postalCodes[0], day(0, 2, 10));
        long certB = certificate(b, "CPS", postalCodes[1], day(0, 3, 5));
        status(certB, "SUSPENDED", day(0, 6, 30));
        long certC = certificate(c, "PPS", postalCodes[0], day(-1, 11, 20));
        long oldD = certificate(d, "CPS", postalCodes[1], day(-5, 1, 10));
        status(oldD, "EXPIRED", day(0, 1, 31));
        certificate(d, "PPS", postalCodes[1], day(0, 12, 31));
        certificate(e, "CPS", postalCodes[0], day(1, 1, 1));
        renewal(certA, day(0, 2, 10), LocalDateTime.of(year, 12, 31, 23, 59), true);
        renewal(certA, day(1, 2, 10), LocalDateTime.of(year + 1, 1, 1, 0, 0), false);
        ce(a, day(0, 3, 1), "4.0", true, "ACCEPTED");
        ce(a, day(0, 12, 31), "2.5", false, "REJECTED");
        ce(a, day(1, 1, 1), "6.0", false, null);
        agency = agency();
        roster(agency, certA);
        roster(agency, certC);
    }

    /**
     * P1: CPS, started Jan 10, submitted Jan 12, found eligible Jan 14, trained Feb 15, passed the test Mar 1, certified
     * Mar 10. P2: PPS, started May 1, submitted May 3, found not eligible Jun 22 (late). P3: started Dec 31 at 23:00, a
     * draft. P4: started the day before the period.
     */
    private void pipeline() {
        long p1 = person("p1");
        long app1 = application(p1, "CPS", "ELIGIBLE", postalCodes[0], LocalDateTime.of(year, 1, 10, 9, 0), LocalDateTime.of(year, 1, 12, 9, 0),
                LocalDateTime.of(year, 1, 14, 9, 0));
        em.createNativeQuery("INSERT INTO training_completion (applicant_id, cohort_id, completed_on, recorded_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, p1).setParameter(2, cohort("Pipeline cohort " + tag, day(-3, 2, 15), trainer("p1trainer")))
                .setParameter(3, day(0, 2, 15)).setParameter(4, LocalDateTime.of(year, 2, 16, 9, 0)).executeUpdate();
        sitting(p1, 1, day(0, 3, 1), 18, true);
        certificateOf(app1, p1, "CPS", day(0, 3, 10));
        check(app1, "CRIMINAL_HISTORY", "CLEAR", LocalDateTime.of(year, 1, 13, 9, 0), null, null);
        check(app1, "ABUSE_NEGLECT_REGISTRY", "NEEDS_REVIEW", LocalDateTime.of(year, 1, 13, 9, 0), "CLEARED", LocalDateTime.of(year, 1, 20, 9, 0));
        check(app1, "PROFESSIONAL_BACKGROUND", "NEEDS_REVIEW", LocalDateTime.of(year, 12, 31, 22, 0), null, null);
        check(app1, "CRIMINAL_HISTORY", "DISQUALIFYING", LocalDateTime.of(year + 1, 1, 1, 0, 0), null, null);
        long listImport = exclusionImport();
        match(p1, app1, listImport, "DISMISSED", LocalDateTime.of(year, 1, 13, 9, 0), LocalDateTime.of(year, 1, 16, 9, 0), "a");
        match(p1, app1, listImport, "OPEN", LocalDateTime.of(year, 8, 1, 9, 0), null, "b");
        application(person("p2"), "PPS", "DENIED", postalCodes[1], LocalDateTime.of(year, 5, 1, 9, 0), LocalDateTime.of(year, 5, 3, 9, 0),
                LocalDateTime.of(year, 6, 22, 9, 0));
        application(person("p3"), "CPS", "DRAFT", postalCodes[0], LocalDateTime.of(year, 12, 31, 23, 0), null, null);
        application(person("p4"), "CPS", "DRAFT", postalCodes[0], LocalDateTime.of(year - 1, 12, 31, 12, 0), null, null);
    }

    /**
     * Cohort K1 ends Apr 30: three seated, one withdrawn, two completed there. K2 ends Sep 30: two seated, none completed.
     * K3 ends the day after the period. One trainer leads all three. Tests: S1 (18 of 20), S2 (17), S3 (8), S4 (6) are
     * first attempts; S5 (16) and S6 (5) retakes; the pass mark is 80%. Item "good" is answered correctly by S1, S2 and
     * S5 (the strong), item "reversed" by S3, S4 and S6 (the weak). Advocacy scores of 5: 5, 4, 2, 1, 4, 1.
     */
    private void trainingAndTest() {
        long trainer = trainer("lead");
        long k1 = cohort("K1 " + tag, day(0, 4, 30), trainer);
        long k2 = cohort("K2 " + tag, day(0, 9, 30), trainer);
        long k3 = cohort("K3 " + tag, day(1, 1, 1), trainer);
        for (int i = 0; i < 3; i++) {
            long seated = person("k1s" + i);
            enrol(k1, seated, "ENROLLED");
            if (i < 2) {
                em.createNativeQuery("INSERT INTO training_completion (applicant_id, cohort_id, completed_on, recorded_at) VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, seated).setParameter(2, k1).setParameter(3, day(0, 4, 30)).setParameter(4, LocalDateTime.of(year, 5, 1, 9, 0))
                        .executeUpdate();
            }
        }
        enrol(k1, person("k1w"), "WITHDRAWN");
        enrol(k2, person("k2s0"), "ENROLLED");
        enrol(k2, person("k2s1"), "ENROLLED");
        enrol(k3, person("k3s0"), "ENROLLED");

        long good = item("good");
        long reversed = item("reversed");
        long x1 = person("x1");
        long x2 = person("x2");
        long x3 = person("x3");
        long x4 = person("x4");
        scored(sitting(x1, 1, day(0, 6, 1), 18, true), good, reversed, true, 5);
        scored(sitting(x2, 1, day(0, 6, 1), 17, true), good, reversed, true, 4);
        scored(sitting(x3, 1, day(0, 6, 1), 8, false), good, reversed, false, 2);
        scored(sitting(x4, 1, day(0, 6, 1), 6, false), good, reversed, false, 1);
        scored(sitting(x3, 2, day(0, 7, 1), 16, true), good, reversed, true, 4);
        scored(sitting(x4, 2, day(0, 7, 1), 5, false), good, reversed, false, 1);
    }

    private void check(long application, String kind, String result, LocalDateTime recorded, String adjudication, LocalDateTime adjudicated) {
        em.createNativeQuery("INSERT INTO background_check (application_id, kind, result, performed_on, expires_on, source, reference_number, "
                        + "recorded_by, recorded_at, adjudication, adjudicated_by, adjudicated_at) VALUES (?1, ?2, ?3, ?4, ?5, 'KBI', 'R-1', 'staff@test', ?6, "
                        + "?7, ?8, ?9)")
                .setParameter(1, application).setParameter(2, kind).setParameter(3, result).setParameter(4, recorded.toLocalDate())
                .setParameter(5, recorded.toLocalDate().plusYears(2)).setParameter(6, recorded).setParameter(7, adjudication)
                .setParameter(8, adjudication == null ? null : "staff@test").setParameter(9, adjudicated).executeUpdate();
    }

    private long exclusionImport() {
        em.createNativeQuery("INSERT INTO exclusion_import (file_name, sha256, size_bytes, origin, stored_as, status, requested_by, requested_at) "
                        + "VALUES ('leie.csv', ?1, 1, 'UPLOAD', ?2, 'FAILED', 'reports@test', ?3)")
                .setParameter(1, (tag + "0".repeat(64)).substring(0, 64))
                .setParameter(2, "reports-" + tag).setParameter(3, LocalDateTime.of(year, 1, 1, 0, 0)).executeUpdate();
        return lastId();
    }

    private void match(long applicant, long application, long listImport, String status, LocalDateTime raised, LocalDateTime decided, String row) {
        em.createNativeQuery("INSERT INTO exclusion_match (applicant_id, application_id, row_key, strength, status, trigger_kind, import_id, subject_name, "
                        + "listed_name, exclusion_type, excluded_on, raised_at, decided_by, decided_at) VALUES (?1, ?2, ?3, 'POSSIBLE', ?4, 'SUBMISSION', ?5, "
                        + "'Report Person', 'PERSON REPORT', '1128a1', ?6, ?7, ?8, ?9)")
                .setParameter(1, applicant).setParameter(2, application).setParameter(3, (row + tag + "0".repeat(64)).substring(0, 64))
                .setParameter(4, status).setParameter(5, listImport).setParameter(6, LocalDate.of(year - 10, 1, 1)).setParameter(7, raised)
                .setParameter(8, decided == null ? null : "staff@test").setParameter(9, decided).executeUpdate();
    }

    /**
     * N1 received Mon Mar 1 (or the first Monday of March) and acknowledged that day, approved in April; N2 received the
     * same day, acknowledged 30 days later, deferred in April and denied in May; N3 received Nov 1, never acknowledged.
     */
    private void network() {
        LocalDate monday = day(0, 3, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        long n1 = request("APPROVED", monday);
        long n2 = request("DENIED", monday);
        request("SUBMITTED", day(0, 11, 1));
        acknowledged(n1, monday.atTime(15, 0));
        acknowledged(n2, monday.plusDays(30).atTime(15, 0));
        long april = meeting(day(0, 4, 7));
        long may = meeting(day(0, 5, 5));
        decision(april, n1, "APPROVED");
        decision(april, n2, "DEFERRED");
        decision(may, n2, "DENIED");
    }

    private long request(String status, LocalDate received) {
        em.createNativeQuery("INSERT INTO network_request (agency_id, payer, status, received_on, created_by, created_at, updated_at) "
                        + "VALUES (?1, 'Optum Idaho', ?2, ?3, 'reports@test', ?4, ?4)")
                .setParameter(1, agency).setParameter(2, status).setParameter(3, received).setParameter(4, received.atTime(8, 0)).executeUpdate();
        return lastId();
    }

    private void acknowledged(long request, LocalDateTime at) {
        em.createNativeQuery("INSERT INTO audit_event (occurred_at, actor, action, subject) VALUES (?1, 'network@test', 'NETWORK_REQUEST_ACKNOWLEDGED', ?2)")
                .setParameter(1, at).setParameter(2, "network request " + request).executeUpdate();
    }

    private long meeting(LocalDate day) {
        em.createNativeQuery("INSERT INTO committee_meeting (meets_on) VALUES (?1)").setParameter(1, day).executeUpdate();
        return lastId();
    }

    private void decision(long meeting, long request, String outcome) {
        em.createNativeQuery("INSERT INTO committee_item (meeting_id, request_id, outcome, recorded_by, recorded_at) VALUES (?1, ?2, ?3, 'network@test', ?4)")
                .setParameter(1, meeting).setParameter(2, request).setParameter(3, outcome).setParameter(4, LocalDateTime.of(year, 4, 7, 12, 0)).executeUpdate();
    }

    private long person(String name) {
        em.createNativeQuery("INSERT INTO user_account (email, first_name, last_name, status, created_at) VALUES (?1, ?2, ?3, 'ACTIVE', ?4)")
                .setParameter(1, name + "." + tag + "@reports.test").setParameter(2, name).setParameter(3, "Report" + tag)
                .setParameter(4, LocalDateTime.of(year - 6, 1, 1, 0, 0)).executeUpdate();
        return lastId();
    }

    private long trainer(String name) {
        return person("trainer-" + name);
    }

    private long application(long applicant, String track, String status, String postalCode, LocalDateTime created, LocalDateTime submitted,
                             LocalDateTime decided) {
        em.createNativeQuery("INSERT INTO certification_application (applicant_id, track, status, legal_first_name, legal_last_name, postal_code, "
                        + "created_at, updated_at, submitted_at, decided_at) VALUES (?1, ?2, ?3, 'Report', ?4, ?5, ?6, ?6, ?7, ?8)")
                .setParameter(1, applicant).setParameter(2, track).setParameter(3, status).setParameter(4, "Person" + tag).setParameter(5, postalCode)
                .setParameter(6, created).setParameter(7, submitted).setParameter(8, decided).executeUpdate();
        return lastId();
    }

    /** A certificate on an eligible application made six years before the period. */
    private long certificate(long holder, String track, String postalCode, LocalDate issued) {
        LocalDateTime longAgo = LocalDateTime.of(year - 6, 3, 1, 9, 0);
        long application = application(holder, track, "ELIGIBLE", postalCode, longAgo, longAgo, longAgo);
        return certificateOf(application, holder, track, issued);
    }

    private long certificateOf(long application, long holder, String track, LocalDate issued) {
        em.createNativeQuery("INSERT INTO certificate (number, application_id, holder_id, track, legal_first_name, legal_last_name, first_name_key, "
                        + "last_name_key, issued_on, expires_on, status, status_changed_at, issued_by) "
                        + "VALUES (?1, ?2, ?3, ?4, 'Report', 'Person', 'report', 'person', ?5, ?6, 'ACTIVE', ?7, 'reports@test')")
                .setParameter(1, "RT-" + tag + "-" + application).setParameter(2, application).setParameter(3, holder).setParameter(4, track)
                .setParameter(5, issued).setParameter(6, issued.plusYears(2)).setParameter(7, issued.atStartOfDay()).executeUpdate();
        long certificate = lastId();
        status(certificate, "ACTIVE", issued);
        return certificate;
    }

    private void status(long certificate, String status, LocalDate from) {
        em.createNativeQuery("INSERT INTO certificate_status_entry (certificate_id, status, effective_on, recorded_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, certificate).setParameter(2, status).setParameter(3, from).setParameter(4, from.atStartOfDay()).executeUpdate();
    }

    private void renewal(long certificate, LocalDate cycle, LocalDateTime decided, boolean audited) {
        em.createNativeQuery("INSERT INTO renewal (certificate_id, cycle_expires_on, status, audited, attestation, submitted_at, decided_by, decided_at) "
                        + "VALUES (?1, ?2, 'APPROVED', ?4, 'I attest', ?3, 'staff@test', ?3)")
                .setParameter(1, certificate).setParameter(2, cycle).setParameter(3, decided).setParameter(4, audited).executeUpdate();
    }

    /** A CE record of the first CE category, reported by a provider (verified) or by the holder, judged at audit or not. */
    private void ce(long holder, LocalDate completed, String hours, boolean byProvider, String auditVerdict) {
        Number category = (Number) em.createNativeQuery("SELECT MIN(id) FROM ce_category").getSingleResult();
        em.createNativeQuery("INSERT INTO ce_activity (holder_id, title, provider, completed_on, hours, category_id, format, source, verified, "
                        + "audit_verdict, reported_by, created_at) VALUES (?1, 'Ethics refresher', 'Prairie Training', ?2, ?3, ?4, 'ONLINE', ?5, ?6, ?7, "
                        + "'reports@test', ?8)")
                .setParameter(1, holder).setParameter(2, completed).setParameter(3, new java.math.BigDecimal(hours)).setParameter(4, category.longValue())
                .setParameter(5, byProvider ? "PROVIDER" : "SELF").setParameter(6, byProvider).setParameter(7, auditVerdict)
                .setParameter(8, completed.atTime(12, 0)).executeUpdate();
    }

    /** Name of the first CE category, where the report test reads the CE hours. */
    public String firstCeCategory() {
        return (String) em.createNativeQuery("SELECT name FROM ce_category ORDER BY id LIMIT 1").getSingleResult();
    }

    private long agency() {
        String npi = String.format("9%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        em.createNativeQuery("INSERT INTO agency (legal_name, npi, medicaid_id, street, city, state, postal_code, contact_name, contact_email, "
                        + "contact_phone, status, registered_by, registered_at) VALUES (?1, ?2, 'KS1', '1 Main St', 'Topeka', 'KS', '66603', 'Contact', "
                        + "'contact@reports.test', '785-555-0100', 'VERIFIED', 'reports@test', ?3)")
                .setParameter(1, "Agency " + tag).setParameter(2, npi).setParameter(3, LocalDateTime.of(year - 6, 1, 1, 0, 0)).executeUpdate();
        return lastId();
    }

    private void roster(long agency, long certificate) {
        em.createNativeQuery("INSERT INTO roster_entry (agency_id, certificate_id, added_by, added_at) VALUES (?1, ?2, 'reports@test', ?3)")
                .setParameter(1, agency).setParameter(2, certificate).setParameter(3, LocalDateTime.of(year, 1, 1, 0, 0)).executeUpdate();
    }

    private long cohort(String title, LocalDate ends, long trainer) {
        Number version = (Number) em.createNativeQuery("SELECT MIN(id) FROM curriculum_version").getSingleResult();
        em.createNativeQuery("INSERT INTO cohort (version_id, title, starts_on, ends_on, delivery, capacity, trainer_id, created_at, results_confirmed_at) "
                        + "VALUES (?1, ?2, ?3, ?4, 'VIRTUAL', 20, ?5, ?6, ?6)")
                .setParameter(1, version.longValue()).setParameter(2, title).setParameter(3, ends.minusDays(5)).setParameter(4, ends)
                .setParameter(5, trainer).setParameter(6, ends.atStartOfDay().plusDays(1)).executeUpdate();
        return lastId();
    }

    private void enrol(long cohort, long person, String status) {
        em.createNativeQuery("INSERT INTO cohort_enrolment (cohort_id, applicant_id, status, enrolled_by, enrolled_at) VALUES (?1, ?2, ?3, 'reports@test', ?4)")
                .setParameter(1, cohort).setParameter(2, person).setParameter(3, status).setParameter(4, LocalDateTime.of(year, 1, 1, 0, 0)).executeUpdate();
    }

    private long item(String stem) {
        em.createNativeQuery("INSERT INTO exam_item (domain, stem, option_1, option_2, option_3, option_4, correct_option, created_by, created_at) "
                        + "VALUES ('ADVOCACY', ?1, 'a', 'b', 'c', 'd', 1, 'reports@test', ?2)")
                .setParameter(1, stem + " " + tag).setParameter(2, LocalDateTime.of(year - 1, 1, 1, 0, 0)).executeUpdate();
        return lastId();
    }

    private long sitting(long person, int attempt, LocalDate sat, int correct, boolean passed) {
        em.createNativeQuery("INSERT INTO exam_sitting (applicant_id, attempt_no, mode, sat_on, started_at, finished_at, pass_mark, items_correct, "
                        + "items_total, passed) VALUES (?1, ?2, 'ONLINE', ?3, ?4, ?4, 80.00, ?5, 20, ?6)")
                .setParameter(1, person).setParameter(2, attempt).setParameter(3, sat).setParameter(4, sat.atTime(10, 0)).setParameter(5, correct)
                .setParameter(6, passed).executeUpdate();
        return lastId();
    }

    /** The two analysed items (the strong answer "good", the weak "reversed") and an Advocacy score out of 5. */
    private void scored(long sitting, long good, long reversed, boolean strong, int advocacy) {
        sittingItem(sitting, 1, good, strong ? 1 : 2);
        sittingItem(sitting, 2, reversed, strong ? 2 : 1);
        em.createNativeQuery("INSERT INTO exam_domain_score (sitting_id, domain, correct, total) VALUES (?1, 'ADVOCACY', ?2, 5)")
                .setParameter(1, sitting).setParameter(2, advocacy).executeUpdate();
    }

    private void sittingItem(long sitting, int position, long item, int chosen) {
        em.createNativeQuery("INSERT INTO exam_sitting_item (sitting_id, position, item_id, option_order, chosen_option) VALUES (?1, ?2, ?3, '1234', ?4)")
                .setParameter(1, sitting).setParameter(2, position).setParameter(3, item).setParameter(4, chosen).executeUpdate();
    }

    private long lastId() {
        Query query = em.createNativeQuery("SELECT LAST_INSERT_ID()");
        return ((Number) query.getSingleResult()).longValue();
    }
}
