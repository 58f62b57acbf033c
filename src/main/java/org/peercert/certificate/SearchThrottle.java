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

    /**
     * What a client has left once it asks for {@code lookups} more (#32: a roster's batch asks for many at once).
     *
     * @param limit   lookups allowed in the window: each address one budget, each agency key a larger one
     * @param window  how long, in seconds
     * @param remaining lookups left in this window after this one (0 when over)
     * @param resetSeconds whole seconds until the window starts afresh
     * @param waitSeconds 0 when the lookups may go ahead, otherwise the whole seconds (at least 1) until they may
     */
    public record Budget(int limit, long window, int remaining, long resetSeconds, long waitSeconds) {

        public boolean allows() {
            return waitSeconds == 0;
        }

        /** The {@code RateLimit-Policy} header (IETF httpapi RateLimit fields): the quota and its window, in seconds. */
        public String policyHeader(String name) {
            return "\"" + name + "\";q=" + limit + ";w=" + window;
        }

        /** The {@code RateLimit} header: what is left and the seconds until the window starts afresh. */
        public String rateLimitHeader(String name) {
            return "\"" + name + "\";r=" + remaining + ";t=" + resetSeconds;
        }
    }

    /** Counts {@code lookups} against the client's window; they all go ahead or none does. */
    public Budget take(String client, int lookups, Instant now) {
        long at = now.toEpochMilli();
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> isOver(w, at));
        }
        boolean[] allowed = new boolean[1];
        Window window = windows.compute(client, (key, w) -> {
            Window current = w == null || isOver(w, at) ? new Window(at, 0) : w;
            allowed[0] = current.count() + lookups <= limit;
            return allowed[0] ? new Window(current.startMillis(), current.count() + lookups) : current;
        });
        long reset = Math.max(1, (window.startMillis() + windowMillis - at + 999) / 1000);
        return new Budget(limit, windowMillis / 1000, Math.max(0, limit - window.count()), reset, allowed[0] ? 0 : reset);
    }

    private boolean isOver(Window window, long at) {
        return at - window.startMillis() >= windowMillis || at < window.startMillis();
    }
}
