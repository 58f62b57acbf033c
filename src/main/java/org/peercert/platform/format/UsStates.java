package org.peercert.platform.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The US states, the District of Columbia and the territories, by USPS code, for address fields. */
public final class UsStates {

    private static final Map<String, String> NAMES_BY_CODE = new LinkedHashMap<>();

    static {
        String[] pairs = {
            "AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California", "CO", "Colorado",
            "CT", "Connecticut", "DE", "Delaware", "DC", "District of Columbia", "FL", "Florida", "GA", "Georgia",
            "HI", "Hawaii", "ID", "Idaho", "IL", "Illinois", "IN", "Indiana", "IA", "Iowa", "KS", "Kansas",
            "KY", "Kentucky", "LA", "Louisiana", "ME", "Maine", "MD", "Maryland", "MA", "Massachusetts", "MI", "Michigan",
            "MN", "Minnesota", "MS", "Mississippi", "MO", "Missouri", "MT", "Montana", "NE", "Nebraska", "NV", "Nevada",
            "NH", "New Hampshire", "NJ", "New Jersey", "NM", "New Mexico", "NY", "New York", "NC", "North Carolina",
            "ND", "North Dakota", "OH", "Ohio", "OK", "Oklahoma", "OR", "Oregon", "PA", "Pennsylvania", "RI", "Rhode Island",
            "SC", "South Carolina", "SD", "South Dakota", "TN", "Tennessee", "TX", "Texas", "UT", "Utah", "VT", "Vermont",
            "VA", "Virginia", "WA", "Washington", "WV", "West Virginia", "WI", "Wisconsin", "WY", "Wyoming",
            "AS", "American Samoa", "GU", "Guam", "MP", "Northern Mariana Islands", "PR", "Puerto Rico",
            "VI", "U.S. Virgin Islands",
        };
        for (int i = 0; i < pairs.length; i += 2) {
            NAMES_BY_CODE.put(pairs[i], pairs[i + 1]);
        }
    }

    private UsStates() {
    }

    /** Code to name, in the order people look for them: the states and DC alphabetically, then the territories. */
    public static Map<String, String> all() {
        return Collections.unmodifiableMap(NAMES_BY_CODE);
    }

    /** The USPS code of a typed code or name ("ks", "Kansas"), if it is one. */
    public static Optional<String> code(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        if (NAMES_BY_CODE.containsKey(upper)) {
            return Optional.of(upper);
        }
        return NAMES_BY_CODE.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(text)).map(Map.Entry::getKey).findFirst();
    }

    public static String name(String code) {
        return NAMES_BY_CODE.getOrDefault(code, code);
    }
}
