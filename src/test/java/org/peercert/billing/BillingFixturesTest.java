package org.peercert.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peercert.applications.Track;

/**
 * The unit tests' rule rows are the rows V19 seeds (R-SVC-1..5): a change to the migration's table that the fixtures
 * do not follow fails here, not silently in a billing test that still passes on stale terms.
 */
class BillingFixturesTest {

    private static final Path MIGRATION = Path.of("sql/V19__agencies_rosters_billing_checks_supervision.sql");
    private static final Pattern ROW = Pattern.compile("^\\s*\\(('(KS|CA|NC|ID)'.*)\\)[,;]\\s*$");
    private static final Pattern VALUE = Pattern.compile("'([^']*)'|([^,\\s]+)");

    @Test
    void everyFixtureRowIsASeededRow() throws IOException {
        List<ServiceTerms> seeded = seededRows();
        assertEquals(12, seeded.size(), "V19 seeds twelve rows");
        for (ServiceTerms fixture : List.of(BillingFixtures.kansasIndividual(), BillingFixtures.kansasGroup(),
                BillingFixtures.kansasParentPeerSupport(), BillingFixtures.california(), BillingFixtures.idahoPeerSupport(),
                BillingFixtures.idahoTransition())) {
            assertTrue(seeded.contains(fixture), () -> "not seeded as written: " + fixture);
        }
    }

    private static List<ServiceTerms> seededRows() throws IOException {
        String sql = Files.readString(MIGRATION);
        String inserts = sql.substring(sql.indexOf("INSERT INTO service_rule"));
        List<ServiceTerms> rows = new ArrayList<>();
        for (String line : inserts.substring(0, inserts.indexOf(");\n") + 2).split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.add(terms(values(row.group(1))));
            }
        }
        return rows;
    }

    private static List<String> values(String tuple) {
        List<String> values = new ArrayList<>();
        Matcher value = VALUE.matcher(tuple);
        while (value.find()) {
            values.add(value.group(1) != null ? value.group(1) : value.group(2));
        }
        return values;
    }

    private static ServiceTerms terms(List<String> v) {
        return new ServiceTerms(v.get(0), v.get(1), modifiers(v.get(2)), modifiers(v.get(3)), Track.valueOf(v.get(4)),
                Boolean.parseBoolean(v.get(5)), number(v.get(6)), number(v.get(7)), number(v.get(8)), number(v.get(9)), number(v.get(10)),
                "NULL".equals(v.get(11)) ? null : new BigDecimal(v.get(11)), Boolean.parseBoolean(v.get(12)), v.get(13));
    }

    private static Set<String> modifiers(String stored) {
        return stored.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(stored.strip().split("\\s+")));
    }

    private static Integer number(String value) {
        return "NULL".equals(value) ? null : Integer.valueOf(value);
    }
}
