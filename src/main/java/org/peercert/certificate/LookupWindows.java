package org.peercert.certificate;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * #23: the public lookups' windows, one row per throttle and client in {@code lookup_window}, so that every node counts
 * a client's lookups against one budget. A take is one statement on its own (no transaction of the caller's) on a
 * MEMORY table (V41): the table is locked only while MariaDB applies {@link SearchThrottle}'s rule to the row, so that
 * lookups at once (a roster system, a benchmark) pass one after the other in microseconds rather than queueing for
 * whole transactions and disk flushes; the same connection then reads back what the statement left and decided. The
 * user variables that carry the outcome are deprecated in MySQL 8 (a warning, not an error); MariaDB keeps them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class LookupWindows {

    /** The most rows one forgetting statement deletes, so the minute after a flood of clients holds no long lock. */
    static final int FORGET_AT_ONCE = 10_000;
    /** The width of {@code lookup_window.client}: an IPv6 address with its zone is at most 55 characters. */
    static final int CLIENT_LENGTH = 64;

    // The rule, in SQL. Parameters: 1 throttle, 2 client, 3 now (epoch ms), 4 lookups, 5 limit, 6 window (ms).
    // A new row starts a window now; an existing one whose window is over (or starts in the future) starts afresh;
    // the lookups count whole if they fit, else not at all. ON DUPLICATE KEY UPDATE assigns left to right, and a column
    // named after its own assignment has its new value: so `taken` first, from the window as it was.
    // @lookup_start, @lookup_taken and @lookup_allowed keep the outcome for the read that follows on this connection.
    private static final String TAKE = """
            INSERT INTO lookup_window (throttle, client, window_start_millis, taken)
            VALUES (?1, ?2, @lookup_start := ?3, @lookup_taken := IF(@lookup_allowed := (?4 <= ?5), ?4, 0))
            ON DUPLICATE KEY UPDATE
              taken = (@lookup_taken := IF(?3 - window_start_millis >= ?6 OR ?3 < window_start_millis,
                  IF(@lookup_allowed := (?4 <= ?5), ?4, 0),
                  IF(@lookup_allowed := (taken + ?4 <= ?5), taken + ?4, taken))),
              window_start_millis = (@lookup_start := IF(?3 - window_start_millis >= ?6 OR ?3 < window_start_millis,
                  ?3, window_start_millis))""";
    /** JDBC numbers parameters by position only: the statement with each ?n as ?, and which value each position takes. */
    private static final String TAKE_SQL = TAKE.replaceAll("\\?\\d", "?");
    private static final int[] TAKE_VALUES = Pattern.compile("\\?(\\d)").matcher(TAKE).results()
            .mapToInt(parameter -> Integer.parseInt(parameter.group(1)) - 1).toArray();
    private static final String OUTCOME = "SELECT @lookup_start, @lookup_taken, @lookup_allowed";
    private static final String FORGET = "DELETE FROM lookup_window WHERE throttle = ? AND window_start_millis < ? LIMIT " + FORGET_AT_ONCE;

    /** MariaDB's and MySQL's ER_RECORD_FILE_FULL: a MEMORY table reached its size. */
    private static final int TABLE_FULL = 1114;
    private static final Logger LOG = Logger.getLogger(LookupWindows.class.getName());

    private final AtomicLong lastFullWarning = new AtomicLong();

    @Resource(lookup = "java:jboss/datasources/PeerCertDS")
    DataSource dataSource;

    /** Counts {@code lookups} against the client's window of this throttle, by {@code rule}'s sizes, and says what is left. */
    public SearchThrottle.Budget take(String throttle, String client, int lookups, SearchThrottle rule, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement take = connection.prepareStatement(TAKE_SQL)) {
                Object[] values = {throttle, fitted(client), now.toEpochMilli(), lookups, rule.limit(), rule.windowMillis()};
                for (int position = 0; position < TAKE_VALUES.length; position++) {
                    take.setObject(position + 1, values[TAKE_VALUES[position]]);
                }
                take.executeUpdate();
            }
            try (Statement read = connection.createStatement(); ResultSet outcome = read.executeQuery(OUTCOME)) {
                outcome.next();
                SearchThrottle.Window kept = new SearchThrottle.Window(outcome.getLong(1), outcome.getInt(2));
                return rule.budget(kept, outcome.getInt(3) == 1, now);
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == TABLE_FULL) {
                return goAheadUncounted(throttle, lookups, rule, now);
            }
            throw new IllegalStateException("Cannot count a lookup of " + throttle, e);
        }
    }

    /**
     * The table of windows is full (MariaDB's max_heap_table_size, 16 MB by default: some 30,000 clients of the last
     * minutes): the lookup goes ahead uncounted. Whoever can fill the table has that many addresses, which defeats a
     * per-address limit anyway, while shutting the public lookup would stop every agency checking its staff.
     */
    private SearchThrottle.Budget goAheadUncounted(String throttle, int lookups, SearchThrottle rule, Instant now) {
        long last = lastFullWarning.get();
        if (now.toEpochMilli() - last >= rule.windowMillis() && lastFullWarning.compareAndSet(last, now.toEpochMilli())) {
            LOG.warning(() -> "The lookup windows' table is full: " + throttle + " lookups go ahead uncounted until the cleanup job "
                    + "deletes ended windows (peercert.verify.window-cleanup-cron)");
        }
        return rule.budget(new SearchThrottle.Window(now.toEpochMilli(), lookups), true, now);
    }

    /**
     * Behind a proxy that forwards client addresses, the "address" is what a header said, and may be a name of any
     * length: a longer one shares the budget of its first characters rather than failing the lookup.
     */
    private static String fitted(String client) {
        return client.length() <= CLIENT_LENGTH ? client : client.substring(0, CLIENT_LENGTH);
    }

    /** Deletes up to {@link #FORGET_AT_ONCE} of this throttle's windows that started before {@code before}; returns how many. */
    public int forgetStartedBefore(String throttle, Instant before) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement forget = connection.prepareStatement(FORGET)) {
            forget.setString(1, throttle);
            forget.setLong(2, before.toEpochMilli());
            return forget.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot forget ended lookup windows of " + throttle, e);
        }
    }
}
