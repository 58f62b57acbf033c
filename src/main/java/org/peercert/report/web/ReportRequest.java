package org.peercert.report.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.peercert.applications.Track;
import org.peercert.platform.format.UsDates;
import org.peercert.report.ReportAudience;
import org.peercert.report.ReportFilter;
import org.peercert.report.ReportKind;

/**
 * A report as its address names it (?report=pipeline&from=2025-01-01&to=2025-12-31&track=CPS&region=North+Central), read
 * the same way by the page and the exports. What is missing takes its default (the workforce, the last twelve months);
 * a period that is no period is refused, and the default is shown with a message.
 *
 * @param periodRefused the period asked for was not a period of at most the longest allowed days
 */
public record ReportRequest(ReportKind kind, ReportFilter filter, boolean periodRefused) {

    public static ReportRequest of(String report, String from, String to, String track, String region, LocalDate today, int longestPeriodDays) {
        return of(report, from, to, track, region, today, longestPeriodDays, ReportAudience.program());
    }

    /** The report asked for, or the audience's first when it names none or one the audience may not open. */
    public static ReportRequest of(String report, String from, String to, String track, String region, LocalDate today, int longestPeriodDays,
                                   ReportAudience audience) {
        ReportKind kind = ReportKind.ofSlug(report == null ? "" : report).filter(audience::mayOpen)
                .orElse(audience.kinds().isEmpty() ? ReportKind.WORKFORCE : audience.kinds().get(0));
        Track chosenTrack = Arrays.stream(Track.values()).filter(t -> t.name().equals(track)).findFirst().orElse(null);
        ReportFilter fallback = ReportFilter.lastTwelveMonths(today);
        boolean asked = !blank(from) || !blank(to);
        Optional<LocalDate> first = blank(from) ? Optional.of(fallback.from()) : UsDates.parse(from);
        Optional<LocalDate> last = blank(to) ? Optional.of(today) : UsDates.parse(to);
        boolean refused = asked && (first.isEmpty() || last.isEmpty() || first.get().isAfter(last.get())
                || first.get().plusDays(longestPeriodDays).isBefore(last.get()));
        ReportFilter filter = refused ? fallback : new ReportFilter(first.orElseThrow(), last.orElseThrow(), null, null);
        return new ReportRequest(kind, new ReportFilter(filter.from(), filter.to(), chosenTrack, region, audience.agencyId()), refused);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The query string naming this report and filter, for links and bookmarks. */
    public String query(ReportKind other) {
        StringBuilder q = new StringBuilder("report=").append(other.slug()).append("&from=").append(filter.from()).append("&to=").append(filter.to());
        if (filter.track() != null) {
            q.append("&track=").append(filter.track().name());
        }
        if (filter.region() != null) {
            q.append("&region=").append(URLEncoder.encode(filter.region(), StandardCharsets.UTF_8));
        }
        return q.toString();
    }
}
