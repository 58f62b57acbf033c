package org.peercert.certificate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public lookups are throttled per client address so the registry cannot be scraped: at most {@code limit} in a
 * fixed window, then the client is told how many seconds to wait. Windows of idle clients are dropped as the
 * map grows, so memory stays bounded by the clients of roughly one window. A window that seems to start in the future
 * (the server's clock was set back) is over: no client waits longer than one window.
 */
public final class SearchThrottle {

    private static final int SWEEP_ABOVE = 10_000;

    private record Window(long startMillis, int count) {
    }

    private final int limit;
    private final long windowMillis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public SearchThrottle(int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A throttle needs a positive limit and window");
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
    }

    /** @return 0 when the lookup may go ahead, otherwise the whole seconds (at least 1) until it may */
    public long secondsToWait(String client, Instant now) {
        long at = now.toEpochMilli();
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> isOver(w, at));
        }
        Window window = windows.compute(client, (key, w) -> w == null || isOver(w, at)
                ? new Window(at, 1) : new Window(w.startMillis(), w.count() + 1));
        if (window.count() <= limit) {
            return 0;
        }
        long remaining = window.startMillis() + windowMillis - at;
        return Math.max(1, (remaining + 999) / 1000);
    }

    private boolean isOver(Window window, long at) {
        return at - window.startMillis() >= windowMillis || at < window.startMillis();
    }
}
