package org.peercert.report.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercert.report.ReportCell;
import org.peercert.report.ReportTable;
import org.peercert.report.ReportTable.Chart;

/** A chart draws the numbers of the table beside it: the same labels and figures, the total row left out. */
class ChartJsonTest {

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void theChartHasTheTablesLabelsAndNumbersWithoutItsTotalRow() {
        ReportTable byTrack = new ReportTable("Active certificants by track", List.of("Track", "People"),
                List.of(List.of(ReportCell.text("Certified Peer Specialist"), ReportCell.count(1200)),
                        List.of(ReportCell.text("Parent Peer Support Specialist"), ReportCell.count(300)),
                        List.of(ReportCell.text("All tracks"), ReportCell.count(1500))),
                Chart.of(Chart.Kind.BARS, 1).withoutLastRow(), "note");
        JsonObject chart = parse(ChartJson.of(byTrack));
        assertEquals("bar", chart.getString("type"));
        assertEquals(List.of("Certified Peer Specialist", "Parent Peer Support Specialist"),
                chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
        JsonObject people = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals("People", people.getString("label"));
        assertEquals(List.of(1200, 300), people.getJsonArray("data").getValuesAs(jakarta.json.JsonNumber.class).stream().map(n -> n.intValue()).toList());
        assertEquals(0, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getJsonObject("ticks").getInt("precision"),
                "whole numbers on a chart of counts");
        assertFalse(chart.getJsonObject("options").getBoolean("animation"));
    }

    @Test
    void barsAcrossAndSharesKeepTheirOwnAxis() {
        ReportTable funnel = new ReportTable("Funnel", List.of("Stage", "Share"),
                List.of(List.of(ReportCell.text("Started"), ReportCell.share(10, 10)), List.of(ReportCell.text("Certified"), ReportCell.share(4, 10))),
                Chart.of(Chart.Kind.BARS_ACROSS, 1), "note");
        JsonObject chart = parse(ChartJson.of(funnel));
        assertEquals("y", chart.getJsonObject("options").getString("indexAxis"));
        assertFalse(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getJsonObject("ticks").containsKey("precision"));
        assertEquals(40.0, chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data").getJsonNumber(1).doubleValue());
    }
}
