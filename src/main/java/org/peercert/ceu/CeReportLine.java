package org.peercert.ceu;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peercert.background.exclusion.NameKeys;
import org.peercert.certificate.CertificateNumbering;
import org.peercert.platform.csv.CsvLines;
import org.peercert.platform.csv.LineChecks;
import org.peercert.platform.csv.LineRejected;

/**
 * R-CEU-1: one line of a provider's report of completions, read and checked on its own, before anyone is looked up.
 * The person is named by certificate number and last name together, so a typo in either credits nobody.
 */
public record CeReportLine(long line, String number, String lastNameKey, String title, LocalDate completedOn, BigDecimal hours,
                           long categoryId, CeFormat format) {

    public static final List<String> HEADER = List.of("certificate_number", "last_name", "title", "completed_on", "hours", "category", "format");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final int TEXT_MAX = 200;

    /** What a line is checked against: the active categories by lower-case name, today, and the most hours one activity may claim. */
    public record Rules(Map<String, Long> categoryIds, LocalDate today, BigDecimal maxHours) {
    }

    /** @throws LineRejected with every reason the line has, in words the provider can act on */
    public static CeReportLine parse(long line, List<String> fields, Rules rules) {
        LineChecks checks = new LineChecks();
        String number = checks.field(() -> CertificateNumbering.normalize(fields.get(0))
                .orElseThrow(() -> new LineRejected("not a certificate number: " + CsvLines.abbreviate(fields.get(0)))));
        String lastName = checks.text(fields.get(1), 100, "give the person's last name");
        String title = checks.text(fields.get(2), TEXT_MAX, "give the activity's title (at most " + TEXT_MAX + " characters)");
        LocalDate completedOn = checks.field(() -> date(fields.get(3), rules.today()));
        BigDecimal hours = checks.field(() -> hours(fields.get(4), rules.maxHours()));
        Long categoryId = checks.field(() -> category(fields.get(5), rules.categoryIds()));
        CeFormat format = checks.field(() -> format(fields.get(6)));
        checks.refuseIfAny();
        return new CeReportLine(line, number, NameKeys.key(lastName), title, completedOn, hours, categoryId, format);
    }

    private static LocalDate date(String text, LocalDate today) {
        LocalDate day;
        try {
            day = text.contains("/") ? LocalDate.parse(text.strip(), US_DATE) : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new LineRejected("the completion date is not a date (YYYY-MM-DD or MM/DD/YYYY): " + CsvLines.abbreviate(text));
        }
        if (day.isAfter(today)) {
            throw new LineRejected("the completion date " + day + " is in the future");
        }
        return day;
    }

    private static BigDecimal hours(String text, BigDecimal max) {
        BigDecimal hours;
        try {
            hours = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new LineRejected("the hours are not a number: " + CsvLines.abbreviate(text));
        }
        if (hours.signum() <= 0 || hours.compareTo(max) > 0 || hours.stripTrailingZeros().scale() > 1) {
            throw new LineRejected("the hours must be more than 0 and at most " + max.stripTrailingZeros().toPlainString() + ", in tenths at most");
        }
        return hours;
    }

    private static long category(String text, Map<String, Long> categoryIds) {
        Long id = categoryIds.get(text.strip().toLowerCase(Locale.ROOT));
        if (id == null) {
            throw new LineRejected("no category " + CsvLines.abbreviate(text.strip()) + " (the categories: " + String.join(", ", categoryIds.keySet())
                    + ")");
        }
        return id;
    }

    private static CeFormat format(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ')) {
            case "in person" -> CeFormat.IN_PERSON;
            case "online" -> CeFormat.ONLINE;
            default -> throw new LineRejected("the format is in person or online, not " + CsvLines.abbreviate(text));
        };
    }

    /** The same activity reported twice by one reporter: same person, title and day. */
    String sameness(long holderId) {
        return holderId + "|" + title.toLowerCase(Locale.ROOT) + "|" + completedOn;
    }
}
