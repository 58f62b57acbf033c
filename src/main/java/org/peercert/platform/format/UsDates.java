package org.peercert.platform.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people in the US type and read them: typed as MM/DD/YYYY (one-digit month and day allowed) or YYYY-MM-DD,
 * shown as "Dec 5, 2026". ISO stays for APIs and files.
 */
public final class UsDates {

    /** The pattern the date pickers show and parse. */
    public static final String INPUT_PATTERN = "MM/dd/yyyy";

    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern(INPUT_PATTERN, Locale.US);
    private static final DateTimeFormatter SHOWN_MOMENT = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a 'UTC'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private UsDates() {
    }

    /** The date typed, or empty when it is no real calendar date in either form (02/30/1990 is none). */
    public static Optional<LocalDate> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        Matcher us = US.matcher(text);
        if (us.matches()) {
            return date(us.group(3), us.group(1), us.group(2));
        }
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }

    /** "Dec 5, 2026": how a date is shown to people. */
    public static String shown(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /** "Dec 5, 2026, 9:02 PM UTC": how a moment (an upload, a decision, an audit entry) is shown to people. */
    public static String shown(Instant moment) {
        return moment == null ? "" : SHOWN_MOMENT.format(moment);
    }

    /** "12/05/2026": how a date is put back in a field. */
    public static String typed(LocalDate date) {
        return date == null ? "" : TYPED.format(date);
    }
}
