package org.peercert.report.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.peercert.report.ReportCell;
import org.peercert.report.ReportTable;

/**
 * A report table's chart as the Chart.js configuration PrimeFaces' chart draws: labels from the first column, one data
 * set per charted column, the same numbers as the table beside it. No animation, so nothing moves for people who
 * asked for less motion and a printed page shows the whole chart.
 */
final class ChartJson {

    /** Colours that keep 3:1 against white and against each other's neighbours, for the bars and lines. */
    private static final List<String> COLOURS = List.of("#2f5d8a", "#c25e00", "#2e7d4f", "#8a3f8a", "#7a6a00", "#b3243b");

    private ChartJson() {
    }

    static String of(ReportTable table) {
        ReportTable.Chart chart = table.chart();
        List<List<ReportCell>> rows = chart.drawn(table.rows());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(row -> labels.add(row.get(0).shown()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < chart.seriesColumns().size(); i++) {
            int column = chart.seriesColumns().get(i);
            String colour = COLOURS.get(i % COLOURS.size());
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (List<ReportCell> row : rows) {
                Double n = row.get(column).number();
                if (n == null) {
                    data.addNull();
                } else {
                    data.add(n);
                }
            }
            datasets.add(Json.createObjectBuilder().add("label", table.headings().get(column)).add("data", data).add("backgroundColor", colour)
                    .add("borderColor", colour).add("fill", false));
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("animation", false).add("responsive", true).add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", chart.seriesColumns().size() > 1)));
        boolean across = chart.kind() == ReportTable.Chart.Kind.BARS_ACROSS;
        if (across) {
            options.add("indexAxis", "y");
        }
        boolean counts = rows.stream().allMatch(row -> chart.seriesColumns().stream().allMatch(c -> row.get(c) instanceof ReportCell.Count));
        JsonObjectBuilder ticks = Json.createObjectBuilder();
        if (counts) {
            ticks.add("precision", 0);
        }
        options.add("scales", Json.createObjectBuilder().add(across ? "x" : "y", Json.createObjectBuilder().add("beginAtZero", true).add("ticks", ticks)));
        return Json.createObjectBuilder().add("type", chart.kind() == ReportTable.Chart.Kind.LINES ? "line" : "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets)).add("options", options).build().toString();
    }

    /** Room for the bars: a chart across grows with its rows, so every label can be read. */
    static int height(ReportTable table) {
        return table.chart().kind() == ReportTable.Chart.Kind.BARS_ACROSS ? Math.max(160, 28 * table.rows().size() + 60) : 280;
    }
}
