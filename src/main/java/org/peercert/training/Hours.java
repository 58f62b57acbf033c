package org.peercert.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Training time is kept in minutes and shown and typed in hours, as trainers count it: 2, 1.5, 0.25. */
public final class Hours {

    /** Up to three digits and two decimals; anything else is refused before it is parsed. */
    private static final Pattern TYPED = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Hours() {
    }

    public static String of(int minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The minutes in hours as a person typed them; refused unless written like 2 or 1.5. */
    public static int minutesOf(String typed) {
        String hours = typed == null ? "" : typed.strip();
        if (!TYPED.matcher(hours).matches()) {
            throw new IllegalArgumentException("not hours: " + hours);
        }
        return new BigDecimal(hours).multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
