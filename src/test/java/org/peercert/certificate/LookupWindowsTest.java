package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What a take does when the database says no (#23); what it counts when it says yes is LookupWindowsIT's. */
class LookupWindowsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T23:30:00Z");
    private static final SearchThrottle SIXTY = new SearchThrottle(60, Duration.ofMinutes(1));

    private static LookupWindows failingWith(SQLException failure) {
        LookupWindows windows = new LookupWindows();
        windows.dataSource = (DataSource) Proxy.newProxyInstance(LookupWindowsTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    throw failure;
                });
        return windows;
    }

    /** A flood of addresses filled the MEMORY table: lookups go on, uncounted, rather than stop for everyone. */
    @Test
    void aFullTableLetsTheLookupGoAheadUncounted() {
        LookupWindows full = failingWith(new SQLException("The table 'lookup_window' is full", "HY000", 1114));
        SearchThrottle.Budget budget = full.take("address", "203.0.113.9", 1, SIXTY, NOW);
        assertEquals(new SearchThrottle.Budget(60, 60, 59, 60, 0), budget);
    }

    /** Any other failure is the caller's to answer (a 503 when the database cannot be reached). */
    @Test
    void anyOtherFailureIsNotSwallowed() {
        SQLException gone = new SQLException("Communications link failure", "08S01", 0);
        LookupWindows unreachable = failingWith(gone);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> unreachable.take("address", "203.0.113.9", 1, SIXTY, NOW));
        assertEquals(gone, thrown.getCause());
    }
}
