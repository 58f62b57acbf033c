package org.peercert.exam;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** R-TRN-2: what a test form is made of (items per domain), the time allowed and the pass mark. */
public record Blueprint(Map<PerformanceDomain, Integer> itemsPerDomain, Duration timeAllowed, BigDecimal passMark) {

    public Blueprint {
        Map<PerformanceDomain, Integer> copy = new EnumMap<>(PerformanceDomain.class);
        copy.putAll(itemsPerDomain);
        itemsPerDomain = Collections.unmodifiableMap(copy);
    }

    public int itemsOf(PerformanceDomain domain) {
        return itemsPerDomain.getOrDefault(domain, 0);
    }

    public int totalItems() {
        return itemsPerDomain.values().stream().mapToInt(Integer::intValue).sum();
    }
}
