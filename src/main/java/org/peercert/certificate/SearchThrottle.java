package org.peercert.certificate;

import java.time.Duration;
import java.time.Instant;

/**
 * Public lookups are throttled per client so the registry cannot be scraped: at most {@code limit} in a fixed window,
 * then the client is told how many seconds to wait. A window starts at the client's first lookup and lasts
 * {@code window}; a take of several lookups goes ahead whole or not at all; a window that seems to start in the future
 * (a clock was set back) is over, so no client waits longer than one window. The windows are rows of the database,
 * which every node counts against (#23), and {@link LookupWindows} applies the rule there in one statement; this class
 * holds the sizes and tells the client what is left.
 */
public final class SearchThrottle {

    private final int limit;
    private final long windowMillis;

    /** A client's window: when it started (epoch milliseconds) and the lookups taken in it. */
    public record Window(long startMillis, int taken) {
    }

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

    public int limit() {
        return limit;
    }

    public long windowMillis() {
        return windowMillis;
    }

    /**
     * What the client is told once a take left its window as {@code kept}: what is left of the window and, when the take
     * was refused ({@code allowed} false), how long to wait for the next.
     */
    public Budget budget(Window kept, boolean allowed, Instant now) {
        long reset = Math.max(1, (kept.startMillis() + windowMillis - now.toEpochMilli() + 999) / 1000);
        return new Budget(limit, windowMillis / 1000, Math.max(0, limit - kept.taken()), reset, allowed ? 0 : reset);
    }

    /**
     * Windows that started before this moment ended a whole window ago or more: no take reads them again (it would
     * start afresh), so they may be forgotten.
     */
    public Instant forgettableBefore(Instant now) {
        return now.minusMillis(2 * windowMillis);
    }

}
