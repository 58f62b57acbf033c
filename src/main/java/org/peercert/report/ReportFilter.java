package org.peercert.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.peercert.applications.Track;

/**
 * What a report covers: a period of whole days (both ends included), and optionally one track and one region (from the
 * postal code of the address on the application). Kept in the page's address, so a report can be bookmarked.
 *
 * @param agencyId when an agency's administrator asks: the figures of that agency's roster only (never in the address)
 */
public record ReportFilter(LocalDate from, LocalDate to, Track track, String region, Long agencyId) {

    public ReportFilter(LocalDate from, LocalDate to, Track track, String region) {
        this(from, to, track, region, null);
    }

    public ReportFilter {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("a report's period runs from a day to the same or a later day");
        }
        region = region == null || region.isBlank() ? null : region.strip();
    }

    /** The twelve months up to and including today's month: what a report shows first. */
    public static ReportFilter lastTwelveMonths(LocalDate today) {
        return new ReportFilter(YearMonth.from(today).minusMonths(11).atDay(1), today, null, null);
    }

    /** The calendar year before today's. */
    public static ReportFilter lastYear(LocalDate today) {
        int year = today.getYear() - 1;
        return new ReportFilter(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null);
    }

    public ReportFilter withPeriod(LocalDate from, LocalDate to) {
        return new ReportFilter(from, to, track, region, agencyId);
    }

    public ReportFilter forAgency(Long agency) {
        return new ReportFilter(from, to, track, region, agency);
    }

    /** The months the period touches, first to last, for month-by-month tables. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first day after the period: queries compare timestamps with {@code < end()}. */
    public LocalDate end() {
        return to.plusDays(1);
    }
}
