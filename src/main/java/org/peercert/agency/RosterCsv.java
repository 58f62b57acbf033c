package org.peercert.agency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.peercert.billing.Finding;
import org.peercert.billing.ProviderRecord;
import org.peercert.platform.csv.CsvExport;

/** The roster as CSV, one line per person, with the same columns the roster page shows. */
public final class RosterCsv {

    public static final List<String> HEADER = List.of("certificate_number", "name", "track", "certificate_status", "expires_on", "ce_hours",
            "ce_hours_required", "peer_supervisor", "clinical_supervisor", "last_clinical_supervision", "exclusion", "eligible_today", "reasons");

    private RosterCsv() {
    }

    /** Writes and flushes, leaving {@code out} open (it is the response's). */
    public static void write(List<RosterService.RosterLine> lines, Writer out) {
        try {
            CSVPrinter csv = CsvExport.printer(out, HEADER.toArray(String[]::new));
            for (RosterService.RosterLine line : lines) {
                ProviderRecord r = line.record();
                CsvExport.printRow(csv, r.certificate().getNumber(), r.certificate().getHolderName(), r.certificate().getTrack(),
                        r.certificate().getStatus(), r.certificate().getExpiresOn(), r.ce().earned().stripTrailingZeros().toPlainString(),
                        r.ce().required().stripTrailingZeros().toPlainString(), nullToEmpty(r.supervision().peerSupervisor()),
                        nullToEmpty(r.supervision().clinicalSupervisor()), r.supervision().lastClinicalSession() == null ? ""
                                : r.supervision().lastClinicalSession(), r.exclusion(), r.eligible() ? "yes" : "no",
                        r.reasons().stream().map(RosterCsv::line).collect(Collectors.joining("; ")));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A reason as the page shows it: the message and its rule. */
    public static String line(Finding f) {
        return f.message() + " (" + f.ruleId() + ")";
    }
}
