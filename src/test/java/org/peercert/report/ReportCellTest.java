package org.peercert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What leaves the portal never counts fewer than five people exactly (issue #25); the page shows the figures. */
class ReportCellTest {

    @Test
    void countsOfOneToFourLeaveAsFewerThanFiveAndZeroAndFiveLeaveAsTheyAre() {
        assertEquals("fewer than 5", ReportCell.count(1).released(5));
        assertEquals("fewer than 5", ReportCell.count(4).released(5));
        assertEquals("0", ReportCell.count(0).released(5));
        assertEquals("5", ReportCell.count(5).released(5));
        assertEquals("1,234", ReportCell.count(1234).released(5));
        assertEquals("3", ReportCell.count(3).shown(), "the page shows the exact figure");
    }

    @Test
    void aShareOrAMedianOverFewerThanFivePeopleLeavesAsFewerThanFive() {
        assertEquals("fewer than 5", ReportCell.share(2, 3).released(5));
        assertEquals("66.7%", ReportCell.share(2, 3).shown());
        assertEquals("40.0%", ReportCell.share(2, 5).released(5));
        assertEquals("–", ReportCell.share(0, 0).released(5));
        assertEquals("fewer than 5", new ReportCell.Measure(12.0, 4, 1).released(5));
        assertEquals("12.5", new ReportCell.Measure(12.5, 5, 1).released(5));
        assertEquals("837,635.0", new ReportCell.Measure(837635.0, 91898, 1).shown(), "hours read like the counts beside them");
    }

    @Test
    void sharesAreRoundedToOneDecimalNotCut() {
        assertEquals("26.7%", ReportCell.share(4, 15).shown());
        assertEquals(26.7, ReportCell.share(4, 15).number());
    }
}
