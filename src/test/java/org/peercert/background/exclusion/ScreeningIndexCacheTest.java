package org.peercert.background.exclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * R-BG-3: screenings on a node share the index of the list in force, read from the database once per import and
 * read again when another import comes into force.
 */
class ScreeningIndexCacheTest {

    private static final LocalDate BORN = LocalDate.of(1975, 3, 1);

    /** The rows each import holds, as the query returns them: row key, last name, first name, birth date. */
    private final Map<Long, List<Object[]>> imports = Map.of(
            1L, List.<Object[]>of(new Object[] {"row-1", "SMITH", "JOHN", Date.valueOf(BORN)}),
            2L, List.<Object[]>of(new Object[] {"row-7", "JONES", "ANN", null}, new Object[] {"row-8", "SMITH", "JOHN", Date.valueOf(BORN)}));
    private final List<Long> queried = new ArrayList<>();

    private ScreeningIndexCache cache(boolean databaseDown) {
        ScreeningIndexCache cache = new ScreeningIndexCache();
        cache.dataSource = stub(DataSource.class, (method, args) -> {
            if (databaseDown) {
                throw new SQLException("Connection refused");
            }
            return connection();
        });
        return cache;
    }

    @Test
    void anImportIsReadOnceAndSharedByLaterScreenings() {
        ScreeningIndexCache cache = cache(false);
        ScreeningIndex first = cache.of(1);
        assertSame(first, cache.of(1));
        assertEquals(List.of(1L), queried);
        assertEquals(1, first.importId());
        assertEquals(1, first.size());
    }

    @Test
    void anotherImportInForceIsReadAndReplacesTheOld() {
        ScreeningIndexCache cache = cache(false);
        cache.of(1);
        ScreeningIndex second = cache.of(2);
        assertEquals(2, second.importId());
        assertEquals(2, second.size());
        assertSame(second, cache.of(2));
        assertEquals(List.of(1L, 2L), queried);
    }

    @Test
    void aListRowWithoutABirthDateIsStillIndexed() {
        ScreeningIndex index = cache(false).of(2);
        ScreeningSubject ann = new ScreeningSubject(1, 10, "Ann", "Jones", BORN);
        assertEquals(List.of("row-7"), index.candidatesFor(ann).stream().map(ScreeningIndex.Candidate::rowKey).toList());
        assertEquals(MatchStrength.POSSIBLE, index.candidatesFor(ann).get(0).strength());
    }

    @Test
    void aDatabaseThatCannotBeReadNamesTheImport() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> cache(true).of(3));
        assertTrue(refused.getMessage().contains("3"), refused.getMessage());
        assertTrue(refused.getCause() instanceof SQLException);
    }

    private Connection connection() {
        return stub(Connection.class, (method, args) -> switch (method) {
            case "prepareStatement" -> statement();
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private PreparedStatement statement() {
        long[] importId = new long[1];
        return stub(PreparedStatement.class, (method, args) -> switch (method) {
            case "setLong" -> {
                importId[0] = (Long) args[1];
                yield null;
            }
            case "close" -> null;
            case "executeQuery" -> {
                queried.add(importId[0]);
                yield rows(imports.getOrDefault(importId[0], List.of()).iterator());
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private static ResultSet rows(Iterator<Object[]> rows) {
        Object[][] current = new Object[1][];
        return stub(ResultSet.class, (method, args) -> switch (method) {
            case "next" -> {
                current[0] = rows.hasNext() ? rows.next() : null;
                yield current[0] != null;
            }
            case "getString", "getDate" -> current[0][(Integer) args[0] - 1];
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T stub(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}
