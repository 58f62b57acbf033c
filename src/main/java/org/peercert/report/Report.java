package org.peercert.report;

import java.util.List;

/** One report for a filter: its tables in the order they are read. */
public record Report(ReportKind kind, ReportFilter filter, List<ReportTable> tables) {

    public Report {
        tables = List.copyOf(tables);
    }
}
