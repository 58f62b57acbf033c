package org.peercert.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peercert.platform.format.UsDates;

/** The reports, one call each: the pages and the exports ask here. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reports {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);

    @Inject
    WorkforceReport workforce;

    @Inject
    PipelineReport pipeline;

    @Inject
    TrainingTestReport trainingAndTest;

    @Inject
    RenewalReport renewal;

    @Inject
    ScreeningReport screening;

    @Inject
    NetworkReport network;

    @Inject
    ReportQueries queries;

    public Report of(ReportKind kind, ReportFilter filter) {
        return switch (kind) {
            case WORKFORCE -> workforce.of(filter);
            case PIPELINE -> pipeline.of(filter);
            case TRAINING_AND_TEST -> trainingAndTest.of(filter);
            case RENEWAL -> renewal.of(filter);
            case SCREENING -> screening.of(filter);
            case NETWORK -> network.of(filter);
        };
    }

    /** The regions of the office's postal code list, for the filter. */
    public List<String> regions() {
        return queries.rows("SELECT DISTINCT region, 0 FROM postal_area ORDER BY region", Map.of()).stream().map(r -> (String) r[0]).toList();
    }

    static String day(LocalDate day) {
        return UsDates.shown(day);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }
}
