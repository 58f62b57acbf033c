package org.peercert.platform.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.peercert.platform.api.Problem.FieldError;

/**
 * Reads a request body field by field and keeps every problem (#32): a field nobody asked for (a misspelling must never
 * be answered as if it had not been sent), a missing required field, a value of the wrong type. The caller reads each
 * field it knows, then answers {@link #errors()} at once if there are any.
 */
public final class StrictJson {

    private static final BigDecimal MAXIMUM_DECIMAL = BigDecimal.valueOf(100_000);
    private static final int MAXIMUM_SCALE = 6;

    private final JsonObject body;
    private final List<FieldError> errors = new ArrayList<>();

    /** @param known every field the request may have; any other is an error, with the nearest known name suggested */
    public StrictJson(JsonObject body, Set<String> known) {
        this.body = body;
        for (String name : body.keySet()) {
            if (!known.contains(name)) {
                errors.add(FieldError.at(pointer(name), "Unknown field" + nearest(name, known).map(n -> "; did you mean " + n + "?").orElse(".")));
            }
        }
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public String text(String name, boolean required) {
        JsonValue value = present(name, required);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString text && !text.getString().isBlank()) {
            return text.getString().strip();
        }
        return wrong(name, "Give text here.");
    }

    public List<String> texts(String name) {
        JsonValue value = present(name, false);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().stream().allMatch(JsonString.class::isInstance)) {
            return value.asJsonArray().stream().map(item -> ((JsonString) item).getString().strip()).toList();
        }
        return wrong(name, "Give a list of texts here, e.g. [\"HQ\"].");
    }

    public LocalDate date(String name, boolean required) {
        JsonValue value = present(name, required);
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof JsonString text) {
                return LocalDate.parse(text.getString().strip());
            }
        } catch (DateTimeParseException notADate) {
            // answered below
        }
        return wrong(name, "Give a date as YYYY-MM-DD.");
    }

    public Integer integer(String name, boolean required, int minimum) {
        JsonValue value = present(name, required);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                int whole = number.bigDecimalValue().intValueExact();
                return whole >= minimum ? whole : wrong(name, "Give a whole number of at least " + minimum + ".");
            } catch (ArithmeticException tooLarge) {
                return wrong(name, "Give a whole number from " + minimum + " to " + Integer.MAX_VALUE + ".");
            }
        }
        return wrong(name, "Give a whole number here.");
    }

    public BigDecimal decimal(String name, boolean required) {
        JsonValue value = present(name, required);
        if (value == null) {
            return null;
        }
        // Bounded before any arithmetic: 1E500000000 would make the billing rules build a number of half a billion digits.
        if (value instanceof JsonNumber number && number.bigDecimalValue().signum() >= 0 && number.bigDecimalValue().scale() <= MAXIMUM_SCALE
                && number.bigDecimalValue().compareTo(MAXIMUM_DECIMAL) <= 0) {
            return number.bigDecimalValue();
        }
        return wrong(name, "Give a number from 0 to " + MAXIMUM_DECIMAL.toPlainString() + ", with at most " + MAXIMUM_SCALE + " decimals.");
    }

    public Boolean bool(String name) {
        JsonValue value = present(name, false);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        return wrong(name, "Give true or false here.");
    }

    private JsonValue present(String name, boolean required) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                errors.add(FieldError.at(pointer(name), "This field is required."));
            }
            return null;
        }
        return value;
    }

    private <T> T wrong(String name, String detail) {
        errors.add(FieldError.at(pointer(name), detail));
        return null;
    }

    /** RFC 6901: "~" and "/" in a name are escaped. */
    private static String pointer(String name) {
        return "/" + name.replace("~", "~0").replace("/", "~1");
    }

    private static java.util.Optional<String> nearest(String name, Set<String> known) {
        return known.stream().filter(candidate -> distance(name.toLowerCase(), candidate.toLowerCase()) <= 2)
                .min(Comparator.comparingInt(candidate -> distance(name.toLowerCase(), candidate.toLowerCase())));
    }

    /** Levenshtein distance, for the "did you mean" of a misspelt field (names are short). */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
