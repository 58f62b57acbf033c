package org.peercert.report;

import java.util.List;

/**
 * Who asks for reports, and so which they may open (issue #25): state staff and administrators every report of the
 * whole program; network staff the network report; an agency's administrator the workforce of their own roster.
 *
 * @param agencyId the agency whose roster an agency administrator's figures are limited to; null for the program
 */
public record ReportAudience(List<ReportKind> kinds, Long agencyId, String agencyName) {

    public ReportAudience {
        kinds = List.copyOf(kinds);
    }

    public static ReportAudience program() {
        return new ReportAudience(List.of(ReportKind.values()), null, null);
    }

    public static ReportAudience network() {
        return new ReportAudience(List.of(ReportKind.NETWORK), null, null);
    }

    public static ReportAudience agency(long agencyId, String agencyName) {
        return new ReportAudience(List.of(ReportKind.WORKFORCE), agencyId, agencyName);
    }

    public static ReportAudience nobody() {
        return new ReportAudience(List.of(), null, null);
    }

    public boolean mayOpen(ReportKind kind) {
        return kinds.contains(kind);
    }
}
