package org.peercert.background.exclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.applications.ApplicationProgress;
import org.peercert.applications.ApplicationReview;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.ChecklistRow;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.ExclusionLists;
import org.peercert.testing.LeieFile;
import org.peercert.testing.MovableClock;
import org.peercert.testing.PortalTime;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/**
 * R-BG-3 inside the server, on the clock the test sets: imports of synthetic list files (good and bad),
 * the three screening triggers, and staff decisions on matches.
 */
@ExtendWith(ArquillianExtension.class)
class ExclusionScreeningIT {

    private static final String STAFF = TestAccounts.STAFF;
    private static final LocalDate BORN = LocalDate.of(1984, 7, 9);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ImportRunner runner;

    @Inject
    ExclusionImporter importer;

    @Inject
    ExclusionImports imports;

    @Inject
    ScreeningService screening;

    @Inject
    ApplicationProgress applicationProgress;

    @Inject
    ApplicationReview applicationReview;

    @Inject
    ApplicationFixtures fixtures;

    @Inject
    MonthlyRescreenJob monthly;

    @Inject
    MovableClock clock;

    @Inject
    TestData data;

    @Inject
    ExclusionLists lists;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    /** Times the test sets lie in the past, so other tests on the same database never meet a record from the future. */
    private static Instant daysAgo(int days) {
        return PortalTime.now().minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String surname() {
        return "Testname" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private ExclusionImport importNow(byte[] content) {
        return lists.importNow(content);
    }

    private List<ExclusionMatch> matchesOf(CertificationApplication application) {
        return screening.matchesOf(application.getApplicantId());
    }

    private List<ImportRejectRow> rejectsOf(ExclusionImport imported) {
        return imports.rejects(imported.getId(), 0, 100).rows();
    }

    @Test
    void rBg3_afterAnImportEveryoneIsScreenedAtTheTimeOfTheClock() throws IOException {
        String surname = surname();
        CertificationApplication probable = fixtures.submittedAs("María", surname + "-López", BORN);
        CertificationApplication possible = fixtures.submittedAs("Pat", "O'" + surname, BORN);
        CertificationApplication other = fixtures.submittedAs("Robin", surname, BORN);
        Instant importedAt = daysAgo(2);
        clock.set(importedAt);

        ExclusionImport imported = importNow(LeieFile.withHeader()
                .person(surname.toUpperCase() + " LOPEZ", "MARIA", BORN)
                .person("O" + surname.toUpperCase(), "PAT", null)
                .person(surname.toUpperCase(), "ROBIN", BORN.plusYears(1))
                .bytes());

        assertEquals(ImportStatus.ACTIVE, imported.getStatus());
        assertEquals(43, imported.getRowsAccepted());
        ExclusionMatch first = matchesOf(probable).get(0);
        assertEquals(MatchStrength.PROBABLE, first.getStrength());
        assertEquals(ScreeningTrigger.IMPORT, first.getTrigger());
        assertEquals(importedAt, first.getRaisedAt());
        assertEquals(MatchStrength.POSSIBLE, matchesOf(possible).get(0).getStrength());
        assertTrue(matchesOf(other).isEmpty(), "another birth date is another person");
        ScreeningRun run = data.newestScreeningRun();
        assertEquals(ScreeningTrigger.IMPORT, run.getTrigger());
        assertEquals(importedAt, run.getStartedAt());
        assertTrue(run.getSubjectsScreened() >= 3);
        assertEquals(ExclusionStanding.State.UNDER_REVIEW, screening.standing(probable.getApplicantId()).state());
    }

    @Test
    void rBg3_anApplicantIsScreenedWhenTheySubmit() throws IOException {
        String surname = surname();
        importNow(LeieFile.withHeader().person(surname, "ALEX", BORN).bytes());
        Instant submittedAt = daysAgo(1);
        clock.set(submittedAt);

        CertificationApplication application = fixtures.submittedAs("Alex", surname, BORN);

        ExclusionMatch match = matchesOf(application).get(0);
        assertEquals(ScreeningTrigger.SUBMISSION, match.getTrigger());
        assertEquals(submittedAt, match.getRaisedAt());
        assertEquals(surname.toUpperCase() + ", ALEX", match.getListedName().toUpperCase());
    }

    /** Puts a list in force as the import job would, but without its screening of everyone (as if the node stopped then). */
    private ExclusionImport loadOnly(byte[] content) throws IOException {
        Path staged = Files.write(Files.createTempFile("leie-", ".csv"), content);
        ExclusionImport received = imports.receive(STAFF, ImportOrigin.UPLOAD, "UPDATED.csv", staged);
        assertTrue(imports.start(received.getId()));
        assertEquals(ImportStatus.ACTIVE, importer.load(received.getId(), imports.fileOf(received)));
        return received;
    }

    @Test
    void rBg3_theMonthlyJobFindsWhatEarlierScreeningsMissed() throws IOException {
        String surname = surname();
        CertificationApplication application = fixtures.submittedAs("Jo", surname, BORN);
        loadOnly(LeieFile.withHeader().person(surname, "JO", BORN).bytes());
        assertTrue(matchesOf(application).isEmpty(), "nobody screened yet against the new list");
        Instant firstOfMonth = PortalTime.today().withDayOfMonth(1).minusMonths(1).atTime(3, 0).toInstant(ZoneOffset.UTC);
        clock.set(firstOfMonth);

        monthly.execute(null);

        ExclusionMatch match = matchesOf(application).get(0);
        assertEquals(ScreeningTrigger.MONTHLY, match.getTrigger());
        assertEquals(firstOfMonth, match.getRaisedAt());
        assertEquals(ScreeningTrigger.MONTHLY, data.newestScreeningRun().getTrigger());
    }

    @Test
    void rBg3_aListPutInForceWithoutItsScreeningIsScreenedOnTheNextRunOfTheJob() throws IOException {
        String surname = surname();
        CertificationApplication application = fixtures.submittedAs("Max", surname, BORN);
        ExclusionImport list = loadOnly(LeieFile.withHeader().person(surname, "MAX", BORN).bytes());

        runner.run();

        assertEquals(ScreeningTrigger.IMPORT, matchesOf(application).get(0).getTrigger());
        assertTrue(screening.hasScreenedEveryoneAgainst(list.getId(), ScreeningTrigger.IMPORT));
    }

    @Test
    void filesDroppedInTheFolderAreImportedAndAFileThatCannotBeTakenMovesAside() throws IOException, InterruptedException {
        Path inbox = Path.of(System.getProperty("peercert.exclusion.inbox-dir"));
        String surname = surname();
        CertificationApplication application = fixtures.submittedAs("Ira", surname, BORN);
        Path listFile = LeieFile.withHeader().person(surname, "IRA", BORN).write(inbox, "UPDATED-" + surname + ".csv");
        Path empty = LeieFile.write(inbox, "EMPTY-" + surname + ".csv", new byte[0]);
        Files.setLastModifiedTime(listFile, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(empty, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(60)));

        runner.run();

        assertFalse(Files.exists(listFile), "taken from the folder");
        assertTrue(Files.exists(inbox.resolve(ImportRunner.REFUSED_FOLDER).resolve(empty.getFileName())), "the empty file moved aside");
        ExclusionImport imported = imports.inForce().orElseThrow();
        assertEquals(ImportOrigin.FOLDER, imported.getOrigin());
        assertEquals(listFile.getFileName().toString(), imported.getFileName());
        assertEquals(ScreeningTrigger.IMPORT, matchesOf(application).get(0).getTrigger());
    }

    @Test
    void blankLinesKeepLineNumbersAndABrokenQuoteMidFileRefusesTheWholeFile() throws IOException {
        ExclusionImport good = importNow(LeieFile.withHeader().bytes());
        LeieFile blanks = LeieFile.withHeader().line("").line("");
        blanks.line("\"ZZBLANK\",\"ONE\",,,,,,,\"19841340\",,,,,\"1128a1\",\"20200115\",,,");
        int badLine = blanks.lineCount();
        ExclusionImport withBlanks = importNow(blanks.bytes());
        assertEquals(List.of(new ImportRejectRow(badLine, "DOB '19841340' is not a date written YYYYMMDD")), rejectsOf(withBlanks));
        assertEquals(41, withBlanks.getRowsRead(), "blank lines are not rows");

        LeieFile broken = LeieFile.withHeader();
        broken.line("\"ZZBROKEN\"X,\"ONE\",,,,,,,,,,,,\"1128a1\",\"20200115\",,,");
        int brokenLine = broken.lineCount();
        for (int i = 0; i < 100; i++) {
            broken.person("ZZAFTER" + i, "TWO", BORN);
        }
        ExclusionImport refused = importNow(broken.bytes());
        assertEquals(ImportStatus.REFUSED, refused.getStatus());
        assertTrue(refused.getProblem().startsWith("Line " + brokenLine + " is not valid CSV"), refused.getProblem());
        assertEquals(withBlanks.getId(), imports.inForce().orElseThrow().getId());
        assertTrue(good.getId() < withBlanks.getId());
    }

    @Test
    void rBg3_theMonthlyJobRescreensEveryoneWithoutRaisingAMatchTwice() throws IOException {
        String surname = surname();
        CertificationApplication application = fixtures.submittedAs("Sam", surname, BORN);
        importNow(LeieFile.withHeader().person(surname, "SAM", BORN).bytes());
        assertEquals(1, matchesOf(application).size());
        Instant firstOfMonth = PortalTime.today().withDayOfMonth(1).minusMonths(1).atTime(3, 0).toInstant(ZoneOffset.UTC);
        clock.set(firstOfMonth);

        monthly.execute(null);

        ScreeningRun run = data.newestScreeningRun();
        assertEquals(ScreeningTrigger.MONTHLY, run.getTrigger());
        assertEquals(firstOfMonth, run.getStartedAt());
        assertTrue(run.getSubjectsScreened() >= 1);
        assertEquals(1, matchesOf(application).size(), "the same person and row meet once");
        assertEquals("0 0 3 1 * ?", monthly.schedule().cron(), "monthly by default, at 03:00 UTC on the first");
    }

    @Test
    void rBg3_aDismissedRowNeverRaisesThePersonAgainAndAConfirmedOneBlocks() throws IOException {
        String surname = surname();
        CertificationApplication dismissed = fixtures.submittedAs("Lee", surname, BORN);
        CertificationApplication confirmed = fixtures.submittedAs("Kim", surname, BORN);
        importNow(LeieFile.withHeader().person(surname, "LEE", BORN).person(surname, "KIM", BORN).bytes());
        ExclusionMatch lee = matchesOf(dismissed).get(0);
        ExclusionMatch kim = matchesOf(confirmed).get(0);

        screening.decide(STAFF, lee.getId(), lee.getVersion(), MatchStatus.DISMISSED, "Different middle name and address");
        screening.decide(STAFF, kim.getId(), kim.getVersion(), MatchStatus.CONFIRMED, "Same SSN on the OIG verification");
        assertEquals("exclusion.alreadyDecided", assertThrows(ExclusionProblem.class, () -> screening.decide(STAFF,
                kim.getId(), kim.getVersion(), MatchStatus.DISMISSED, "Second click")).messageKey());

        importNow(LeieFile.withHeader().person(surname, "LEE", BORN).person(surname, "KIM", BORN).bytes());
        assertEquals(1, matchesOf(dismissed).size(), "next month's copy of the same row does not raise Lee again");
        assertEquals(ExclusionStanding.State.CLEAR, screening.standing(dismissed.getApplicantId()).state());
        assertEquals(ExclusionStanding.State.EXCLUDED, screening.standing(confirmed.getApplicantId()).state());
        ChecklistRow row = applicationProgress.progress(applicationReview.find(confirmed.getId())).rows().stream()
                .filter(r -> r.ruleId().equals("R-BG-3")).findFirst().orElseThrow();
        assertEquals(ChecklistRow.State.NOT_MET, row.state());
        assertTrue(data.mailSubjectsTo(data.emailOfApplicant(confirmed.getApplicantId()))
                .contains("Federal exclusion list: your application " + confirmed.getNumber()));
        assertTrue(data.auditActionsAbout(confirmed.getNumber()).contains("EXCLUSION_MATCH_CONFIRMED"));
    }

    @Test
    void theSameFileTwiceAddsNothingAndAnEmptyFileIsRefused() throws IOException {
        byte[] content = LeieFile.withHeader().bytes();
        ExclusionImport first = importNow(content);
        Path again = Files.write(Files.createTempFile("leie-", ".csv"), content);
        ExclusionProblem duplicate = assertThrows(ExclusionProblem.class, () -> imports.receive(STAFF, ImportOrigin.UPLOAD, "again.csv", again));
        assertEquals("exclusion.duplicateFile", duplicate.messageKey());
        assertEquals(first.getId(), duplicate.arguments()[0]);
        Path empty = Files.createTempFile("leie-", ".csv");
        assertEquals("exclusion.emptyFile", assertThrows(ExclusionProblem.class,
                () -> imports.receive(STAFF, ImportOrigin.UPLOAD, "empty.csv", empty)).messageKey());
    }

    @Test
    void aWrongHeaderIsRefusedAndTheListInForceStays() throws IOException {
        ExclusionImport good = importNow(LeieFile.withHeader().bytes());
        ExclusionImport wrong = importNow(LeieFile.withHeaderLine("LAST,FIRST,DOB").line("SMITH,JOHN,19800101").bytes());
        assertEquals(ImportStatus.REFUSED, wrong.getStatus());
        assertTrue(wrong.getProblem().startsWith("The header row is not the published layout"), wrong.getProblem());
        assertEquals(good.getId(), imports.inForce().orElseThrow().getId());
    }

    @Test
    void badDatesAndDuplicatesAreReportedByLineAndTheRestImported() throws IOException {
        String surname = surname();
        LeieFile file = LeieFile.withHeader();
        for (int i = 0; i < 60; i++) {
            file.person(surname, "GOOD" + i, BORN);
        }
        file.line("\"" + surname + "\",\"BADDATE\",,,,,,,\"19841340\",,,,,\"1128a1\",\"20200115\",,,");
        int badDateLine = file.lineCount();
        file.person(surname, "GOOD0", BORN);
        int duplicateLine = file.lineCount();

        ExclusionImport imported = importNow(file.bytes());

        assertEquals(ImportStatus.ACTIVE, imported.getStatus());
        assertEquals(100, imported.getRowsAccepted());
        assertEquals(2, imported.getRowsRejected());
        assertEquals(List.of(
                new ImportRejectRow(badDateLine, "DOB '19841340' is not a date written YYYYMMDD"),
                new ImportRejectRow(duplicateLine, "duplicate of line 42")), rejectsOf(imported));
    }

    /** R-BG-3: a file cut off in its last row (an interrupted download) is not a smaller list: it is refused whole. */
    @Test
    void rBg3_aListCutOffInItsLastRowIsRefusedAndTheListInForceStays() throws IOException {
        ExclusionImport good = importNow(LeieFile.withHeader().person(surname(), "KEPT", BORN).bytes());

        LeieFile insideQuotes = LeieFile.withHeader().person(surname(), "BEFORE", BORN);
        insideQuotes.line("\"" + surname() + "\",\"CUT\",\"\",\"\",\"OTHER BUSI");
        int quotedLine = insideQuotes.lineCount();
        byte[] quoted = insideQuotes.bytes();
        ExclusionImport cutInQuotes = importNow(Arrays.copyOf(quoted, quoted.length - 2));
        assertEquals(ImportStatus.REFUSED, cutInQuotes.getStatus());
        assertEquals("The file stops inside a quoted field of its last row (line " + quotedLine + "): it looks cut off, as by an interrupted"
                + " download. The list in force stays; import the complete file again.", cutInQuotes.getProblem());

        LeieFile midRow = LeieFile.withHeader().person(surname(), "BEFORE", BORN);
        midRow.line("\"" + surname() + "\",\"CUT\",\"\",\"\",\"OTHER\"");
        int shortLine = midRow.lineCount();
        byte[] cut = midRow.bytes();
        ExclusionImport cutMidRow = importNow(Arrays.copyOf(cut, cut.length - 2));
        assertEquals(ImportStatus.REFUSED, cutMidRow.getStatus());
        assertEquals("The file stops in the middle of its last row (line " + shortLine + " has 5 of 18 fields): it looks cut off, as by an"
                + " interrupted download. The list in force stays; import the complete file again.", cutMidRow.getProblem());

        assertEquals(good.getId(), imports.inForce().orElseThrow().getId());
    }

    @Test
    void aFileWithTooManyBadLinesIsRefusedWithItsReportAndTheListInForceStays() throws IOException {
        ExclusionImport good = importNow(LeieFile.withHeader().bytes());
        LeieFile bad = LeieFile.withHeader();
        for (int i = 0; i < 10; i++) {
            bad.line("ONLY,THREE,FIELDS");
        }
        bad.person(surname(), "LAST", BORN);
        ExclusionImport refused = importNow(bad.bytes());
        assertEquals(ImportStatus.REFUSED, refused.getStatus());
        assertEquals(10, refused.getRowsRejected());
        assertEquals("expected 18 fields, found 3", rejectsOf(refused).get(0).reason());
        assertEquals(good.getId(), imports.inForce().orElseThrow().getId());
    }

    @Test
    void aListSavedInWindows1252IsReadWithItsAccents() throws IOException {
        String surname = surname();
        CertificationApplication application = fixtures.submittedAs("Iñigo", "Muñoz" + surname, BORN);
        ExclusionImport imported = importNow(LeieFile.withHeader().person("MUÑOZ" + surname.toUpperCase(), "IÑIGO", BORN)
                .bytes(Charset.forName("windows-1252")));
        assertEquals("windows-1252", imported.getCharset());
        assertEquals(MatchStrength.PROBABLE, matchesOf(application).get(0).getStrength());
        assertTrue(matchesOf(application).get(0).getListedName().contains("MUÑOZ"));
    }

    @Test
    void anImportThatFailsLeavesNothingBehindAndItsFileMayComeAgain() throws IOException {
        ExclusionImport good = importNow(LeieFile.withHeader().bytes());
        byte[] content = LeieFile.withHeader().bytes();
        Path staged = Files.write(Files.createTempFile("leie-", ".csv"), content);
        ExclusionImport received = imports.receive(STAFF, ImportOrigin.UPLOAD, "lost.csv", staged);
        Files.delete(imports.fileOf(received));

        runner.run();

        assertEquals(ImportStatus.FAILED, imports.find(received.getId()).orElseThrow().getStatus());
        assertEquals(good.getId(), imports.inForce().orElseThrow().getId());
        assertEquals(ImportStatus.ACTIVE, importNow(content).getStatus(), "the same content may be imported once the failure is fixed");
    }
}
