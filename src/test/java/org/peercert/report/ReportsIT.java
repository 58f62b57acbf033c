package org.peercert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.applications.Track;
import org.peercert.testing.Deployments;

/**
 * Issue #25 inside the server: each report's figures on records whose answers are known ({@link ReportTestData} tells
 * them), on the real schema and MariaDB, with the period's first and last days and a person who changed track.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    Reports reports;

    @Inject
    ReportTestData data;

    /** The class's records: its tests only read them, so they are written once. */
    private static ReportTestData.Seeded seeded;
    private ReportFilter year;

    @BeforeEach
    void seed() {
        synchronized (ReportsIT.class) {
            if (seeded == null) {
                seeded = data.seed();
            }
        }
        year = new ReportFilter(LocalDate.of(seeded.year(), 1, 1), LocalDate.of(seeded.year(), 12, 31), null, seeded.region());
    }

    /** A table's rows by their first cell, each row as the cells' page text. */
    private static Map<String, List<String>> rows(ReportTable table) {
        return table.rows().stream().collect(Collectors.toMap(r -> r.get(0).shown(), r -> r.stream().map(ReportCell::shown).toList(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static ReportTable table(Report report, String title) {
        return report.tables().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow(() -> new AssertionError("no table " + title));
    }

    @Test
    void theWorkforceCountsWhoWasActiveOnTheLastDayByTrackCountyAndAgency() {
        Report report = reports.of(ReportKind.WORKFORCE, year);
        Map<String, List<String>> byTrack = rows(table(report, "Active certificants by track"));
        assertEquals(List.of("Certified Peer Specialist", "2"), byTrack.get("Certified Peer Specialist"), "A and P1; B suspended, D's CPS expired");
        assertEquals(List.of("Parent Peer Support Specialist", "2"), byTrack.get("Parent Peer Support Specialist"), "C, and D's new PPS of Dec 31");
        assertEquals(List.of("All tracks", "4"), byTrack.get("All tracks"));
        Map<String, List<String>> byCounty = rows(table(report, "Active certificants by county"));
        assertEquals(List.of(seeded.countyA(), seeded.region(), "3"), byCounty.get(seeded.countyA()));
        assertEquals(List.of(seeded.countyB(), seeded.region(), "1"), byCounty.get(seeded.countyB()), "D moved to county B with the new track");
        assertEquals(List.of(List.of(seeded.region(), "4")), table(report, "Active certificants by region").rows().stream()
                .map(r -> r.stream().map(ReportCell::shown).toList()).toList());
        Map<String, List<String>> byAgency = rows(table(report, "Active certificants by agency"));
        assertEquals("2", byAgency.values().iterator().next().get(1), "A and C on the one agency's roster");
        assertEquals("2", byAgency.get("On no agency's roster").get(1));
    }

    @Test
    void theWorkforceMonthByMonthCountsEachEventInItsMonthUpToTheLastMinuteOfTheYear() {
        Map<String, List<String>> months = rows(table(reports.of(ReportKind.WORKFORCE, year), "Certificates month by month"));
        assertEquals(12, months.size());
        int y = seeded.year();
        // Month, New, Renewed, Suspended, Expired, Revoked, Inactive
        assertEquals(List.of("Jan " + y, "0", "0", "0", "1", "0", "0"), months.get("Jan " + y), "D's CPS expired on Jan 31");
        assertEquals(List.of("Feb " + y, "1", "0", "0", "0", "0", "0"), months.get("Feb " + y));
        assertEquals(List.of("Mar " + y, "2", "0", "0", "0", "0", "0"), months.get("Mar " + y), "B and P1");
        assertEquals(List.of("Jun " + y, "0", "0", "1", "0", "0", "0"), months.get("Jun " + y), "B suspended on Jun 30");
        assertEquals(List.of("Dec " + y, "1", "1", "0", "0", "0", "0"), months.get("Dec " + y), "D's PPS on Dec 31, A renewed at 23:59; Jan 1 is not in");
    }

    @Test
    void anAgencysWorkforceIsThePeopleOnItsRosterAndNoOtherAgencysTable() {
        Report report = reports.of(ReportKind.WORKFORCE, year.forAgency(seeded.agencyId()));
        Map<String, List<String>> byTrack = rows(table(report, "Active certificants by track"));
        assertEquals("1", byTrack.get("Certified Peer Specialist").get(1), "A, not P1 who is on no roster");
        assertEquals("1", byTrack.get("Parent Peer Support Specialist").get(1), "C, not D");
        assertTrue(report.tables().stream().noneMatch(t -> t.title().equals("Active certificants by agency")));
    }

    @Test
    void aTrackFilterKeepsOnlyThatTracksCertificates() {
        ReportFilter pps = new ReportFilter(year.from(), year.to(), Track.PPS, seeded.region());
        Map<String, List<String>> byTrack = rows(table(reports.of(ReportKind.WORKFORCE, pps), "Active certificants by track"));
        assertEquals(List.of("Parent Peer Support Specialist", "All tracks"), List.copyOf(byTrack.keySet()));
        assertEquals("2", byTrack.get("All tracks").get(1));
    }

    @Test
    void thePipelineFollowsTheApplicationsStartedInThePeriodToWhereTheyAreNow() {
        Report report = reports.of(ReportKind.PIPELINE, year);
        Map<String, List<String>> funnel = rows(table(report, "From application to certificate"));
        assertEquals(List.of("Started", "3", "100.0%"), funnel.get("Started"), "P1, P2 and P3 (Dec 31, 23:00); not P4 of the day before");
        assertEquals(List.of("Submitted", "2", "66.7%"), funnel.get("Submitted"));
        assertEquals(List.of("Found eligible", "1", "33.3%"), funnel.get("Found eligible"));
        assertEquals("1", funnel.get("Basic training complete").get(1));
        assertEquals("1", funnel.get("Passed the written test").get(1));
        assertEquals("1", funnel.get("Certified").get(1));

        Map<String, List<String>> stages = rows(table(report, "Days in each stage"));
        assertEquals(List.of("Filling in (start to first submission)", "2", "2.0"), stages.get("Filling in (start to first submission)"));
        assertEquals(List.of("Staff review (submission to decision)", "2", "26.0"), stages.get("Staff review (submission to decision)"),
                "P1 2 days, P2 50 days");
        long whole = ChronoUnit.DAYS.between(LocalDate.of(seeded.year(), 1, 10), LocalDate.of(seeded.year(), 3, 10));
        assertEquals(whole + ".0", stages.get("Whole way (start to certificate)").get(2));
        assertEquals(List.of("Decided after the target date", "2", "50.0%"), stages.get("Decided after the target date"), "P2 only");

        Map<String, List<String>> byTrack = rows(table(report, "By track"));
        assertEquals(List.of("Certified Peer Specialist", "2", "1", "1", "1", "50.0%", whole + ".0"), byTrack.get("Certified Peer Specialist"));
        assertEquals(List.of("Parent Peer Support Specialist", "1", "1", "0", "0", "0.0%", "–"), byTrack.get("Parent Peer Support Specialist"));

        Map<String, List<String>> months = rows(table(report, "Month by month"));
        int y = seeded.year();
        assertEquals(List.of("Jan " + y, "1", "1", "1", "0"), months.get("Jan " + y));
        assertEquals(List.of("Mar " + y, "0", "0", "0", "2"), months.get("Mar " + y), "B's and P1's certificates");
        assertEquals(List.of("Dec " + y, "1", "0", "0", "1"), months.get("Dec " + y));
    }

    @Test
    void trainingCompletionIsCountedPerCohortAndTrainerWithTheWithdrawnAmongTheSeated() {
        Report report = reports.of(ReportKind.TRAINING_AND_TEST, year);
        List<List<String>> cohorts = table(report, "Completion by cohort").rows().stream().map(r -> r.stream().map(ReportCell::shown).toList())
                .filter(r -> r.get(0).endsWith(tagOf(seeded))).toList();
        assertEquals(2, cohorts.size(), "K1 and K2; K3 ends after the period: " + cohorts);
        assertEquals(List.of("4", "2", "50.0%", "Confirmed"), cohorts.get(0).subList(3, 7));
        assertEquals(List.of("2", "0", "0.0%"), cohorts.get(1).subList(3, 6));
        List<String> trainer = rows(table(report, "Completion by trainer")).get("trainer-lead Report" + tagOf(seeded));
        assertEquals(List.of("2", "6", "2", "33.3%"), trainer.subList(1, 5));
    }

    @Test
    void passRatesSplitFirstAttemptsFromRetakesAndEachDomainHasItsOwn() {
        Report report = reports.of(ReportKind.TRAINING_AND_TEST, year);
        Map<String, List<String>> rates = rows(table(report, "Written test pass rates"));
        assertEquals(List.of("First attempts", "5", "3", "60.0%"), rates.get("First attempts"), "x1..x4 and P1");
        assertEquals(List.of("Retakes", "2", "1", "50.0%"), rates.get("Retakes"));
        assertEquals(List.of("All attempts", "7", "4", "57.1%"), rates.get("All attempts"));
        assertEquals(List.of("Advocacy", "6", "56.7%", "50.0%"), rows(table(report, "By performance domain")).get("Advocacy"),
                "17 of 30 answers; 3 of 6 tests at 4 of 5 or more");
    }

    @Test
    void anItemTheWeakAnswerBetterThanTheStrongIsFlaggedFirst() {
        List<List<ReportCell>> items = table(reports.of(ReportKind.TRAINING_AND_TEST, year), "Test items").rows().stream()
                .filter(r -> r.get(2).shown().endsWith(tagOf(seeded))).toList();
        assertEquals(2, items.size());
        List<ReportCell> reversed = items.get(0);
        assertTrue(reversed.get(2).shown().startsWith("reversed"), "flagged items come first");
        assertEquals("Review", reversed.get(6).shown());
        assertEquals("50.0%", reversed.get(4).shown());
        assertTrue(reversed.get(5).number() < 0, "negative discrimination: " + reversed.get(5).shown());
        List<ReportCell> good = items.get(1);
        assertTrue(good.get(5).number() > 0.8, "the good item discriminates: " + good.get(5).shown());
        assertEquals("", good.get(6).shown());
    }

    @Test
    void renewalsCountTheCyclesThatEndedWithTheCeAndTheAuditsBehindThem() {
        Report report = reports.of(ReportKind.RENEWAL, year);
        Map<String, List<String>> renewals = rows(table(report, "Renewals"));
        assertEquals(List.of("Certified Peer Specialist", "1", "1", "0", "50.0%"), renewals.get("Certified Peer Specialist"),
                "A's cycle renewed; D's CPS expired on Jan 31");
        assertEquals(List.of("Both tracks", "1", "1", "0", "50.0%"), renewals.get("Both tracks"));
        assertEquals(List.of("2", "1", "6.5", "50.0%"), rows(table(report, "Continuing education by category")).get(data.firstCeCategory()).subList(1, 5),
                "Mar 1 and Dec 31; not Jan 1 after the period");
        Map<String, List<String>> audits = rows(table(report, "CE audits"));
        assertEquals("1", audits.get("Renewals chosen for audit").get(1));
        assertEquals("1", audits.get("Audited renewals approved").get(1));
        assertEquals(List.of("CE records rejected at audit", "1", "50.0%"), audits.get("CE records rejected at audit"));
        assertEquals(12, table(report, "Expirations in the next twelve months").rows().size());
    }

    @Test
    void screeningCountsChecksByResultTheDaysToDecideAndTheExclusionMatches() {
        Report report = reports.of(ReportKind.SCREENING, year);
        Map<String, List<String>> checks = rows(table(report, "Background checks by result"));
        assertEquals(List.of("Criminal history", "1", "0", "0", "1"), checks.get("Criminal history"), "next year's disqualifying check is not in");
        assertEquals(List.of("Professional background", "0", "1", "0", "1"), checks.get("Professional background"), "recorded Dec 31 at 22:00");
        Map<String, List<String>> decisions = rows(table(report, "Checks that needed a decision"));
        assertEquals("2", decisions.get("Needed a decision").get(1));
        assertEquals(List.of("Still to decide", "1", "50.0%"), decisions.get("Still to decide"));
        assertEquals(List.of("Median days to decide", "1", "7.0"), decisions.get("Median days to decide"));
        Map<String, List<String>> matches = rows(table(report, "Exclusion list matches"));
        assertEquals(List.of("Dismissed: not the same person", "1", "50.0%", "3.0"), matches.get("Dismissed: not the same person"));
        assertEquals(List.of("Open: to be reviewed", "1", "50.0%", "–"), matches.get("Open: to be reviewed"));
    }

    @Test
    void theNetworkReportTimesAcknowledgementAgainstTheBusinessDayClockAndCountsDecisionsByMeetingMonth() {
        Report report = reports.of(ReportKind.NETWORK, year);
        Map<String, List<String>> status = rows(table(report, "Requests by where they stand"));
        assertEquals(List.of("Approved", "1", "33.3%"), status.get("Approved"));
        assertEquals("1", status.get("Sent: waiting for the network").get(1));
        Map<String, List<String>> clock = rows(table(report, "Acknowledgement on time"));
        assertEquals(List.of("Acknowledged", "2", "66.7%"), clock.get("Acknowledged"));
        assertEquals(List.of("Within 2 business days", "1", "50.0%"), clock.get("Within 2 business days"));
        assertEquals(List.of("Later than that", "1", "50.0%"), clock.get("Later than that"));
        assertEquals("1", clock.get("Waiting past the 2 business days today").get(1));
        Map<String, List<String>> months = rows(table(report, "Committee decisions by month"));
        int y = seeded.year();
        assertEquals(List.of("Apr " + y, "1", "0", "1"), months.get("Apr " + y));
        assertEquals(List.of("May " + y, "0", "1", "0"), months.get("May " + y));
    }

    private static String tagOf(ReportTestData.Seeded seeded) {
        return seeded.region().substring("Region ".length());
    }
}
