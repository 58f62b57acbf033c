package org.peercert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peercert.applications.Track;
import org.peercert.report.web.ReportRequest;

/** A report's address: what it names is shown, what it leaves out takes its default, and a period that is none is refused. */
class ReportRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void anEmptyAddressShowsTheWorkforceForTheLastTwelveMonths() {
        ReportRequest r = ReportRequest.of(null, null, null, null, null, TODAY, 1830);
        assertEquals(ReportKind.WORKFORCE, r.kind());
        assertEquals(LocalDate.of(2026, 1, 1), r.filter().from());
        assertEquals(TODAY, r.filter().to());
        assertFalse(r.periodRefused());
    }

    @Test
    void theAddressNamesTheReportPeriodTrackAndRegionAndBuildsBackTheSameAddress() {
        ReportRequest r = ReportRequest.of("pipeline", "2025-01-01", "2025-12-31", "PPS", "North Central", TODAY, 1830);
        assertEquals(ReportKind.PIPELINE, r.kind());
        assertEquals(Track.PPS, r.filter().track());
        assertEquals("North Central", r.filter().region());
        assertEquals("report=pipeline&from=2025-01-01&to=2025-12-31&track=PPS&region=North+Central", r.query(ReportKind.PIPELINE));
        assertEquals(12, r.filter().months().size());
    }

    @Test
    void aPeriodBackwardsUnreadableOrTooLongIsRefusedAndTheDefaultShown() {
        assertTrue(ReportRequest.of("workforce", "2025-12-31", "2025-01-01", null, null, TODAY, 1830).periodRefused());
        assertTrue(ReportRequest.of("workforce", "2025-02-30", "2025-03-01", null, null, TODAY, 1830).periodRefused());
        ReportRequest tooLong = ReportRequest.of("workforce", "1900-01-01", "2025-03-01", null, null, TODAY, 1830);
        assertTrue(tooLong.periodRefused());
        assertEquals(ReportFilter.lastTwelveMonths(TODAY).from(), tooLong.filter().from());
    }

    @Test
    void anUnknownReportOrTrackFallsBackRatherThanFailing() {
        ReportRequest r = ReportRequest.of("nope", null, null, "XYZ", " ", TODAY, 1830);
        assertEquals(ReportKind.WORKFORCE, r.kind());
        assertNull(r.filter().track());
        assertNull(r.filter().region());
    }

    @Test
    void lastYearIsTheWholeCalendarYearBefore() {
        assertEquals(new ReportFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, null), ReportFilter.lastYear(TODAY));
    }

    @Test
    void eachAudienceOpensOnlyItsReportsAndAnAgencysFiguresAreItsRosters() {
        ReportRequest network = ReportRequest.of("workforce", null, null, null, null, TODAY, 1830, ReportAudience.network());
        assertEquals(ReportKind.NETWORK, network.kind(), "network staff asking for the workforce get the network report");
        ReportRequest agency = ReportRequest.of("pipeline", null, null, null, null, TODAY, 1830, ReportAudience.agency(42, "Prairie"));
        assertEquals(ReportKind.WORKFORCE, agency.kind());
        assertEquals(42L, agency.filter().agencyId());
        assertNull(ReportRequest.of("workforce", null, null, null, null, TODAY, 1830, ReportAudience.program()).filter().agencyId());
        assertFalse(ReportAudience.nobody().mayOpen(ReportKind.WORKFORCE));
    }
}
