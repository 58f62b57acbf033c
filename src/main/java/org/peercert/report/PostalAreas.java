package org.peercert.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.platform.UserProblem;
import org.peercert.platform.csv.CsvLines;
import org.peercert.platform.csv.LineRejected;
import org.peercert.platform.csv.RejectedLine;

/**
 * The office's list of postal codes with their county and region (issue #25), which the reports group addresses by.
 * An administrator uploads the whole list as CSV ({@link #CSV_HEADER}); the demo seeds a few Kansas towns.
 */
@ApplicationScoped
@Transactional
public class PostalAreas {

    public static final List<String> CSV_HEADER = List.of("postal_code", "county", "region");
    static final int LONGEST_NAME = 80;

    /** A region and how many postal codes and counties lie in it. */
    public record Region(String name, long postalCodes, long counties) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    /** Lists a postal code in a county and region, or moves it there. */
    public void put(String postalCode, String county, String region) {
        Area area = Area.of(postalCode, county, region);
        em.createNativeQuery("INSERT INTO postal_area (postal_code, county, region) VALUES (?1, ?2, ?3) "
                        + "ON DUPLICATE KEY UPDATE county = VALUES(county), region = VALUES(region)")
                .setParameter(1, area.postalCode()).setParameter(2, area.county()).setParameter(3, area.region()).executeUpdate();
    }

    /**
     * The whole list from a CSV file: each good line adds or moves its code; when no line was refused, codes the file
     * does not name are taken off the list. A file without the header is refused whole.
     */
    public PostalAreaImport importList(String adminEmail, Reader csv) {
        Map<String, Area> areas = new LinkedHashMap<>();
        Map<String, Long> lineOf = new HashMap<>();
        List<RejectedLine> rejected;
        try {
            rejected = CsvLines.read(csv, CSV_HEADER, (line, record) -> {
                Area area = Area.line(record.get(0), record.get(1), record.get(2));
                Long earlier = lineOf.putIfAbsent(area.postalCode(), line);
                if (earlier != null) {
                    throw new LineRejected("postal code " + area.postalCode() + " is on line " + earlier + " already");
                }
                areas.put(area.postalCode(), area);
            });
        } catch (CsvLines.Unreadable unreadable) {
            throw new UserProblem(unreadable.isWrongHeader() ? "report.postalAreasHeader" : "report.postalAreasUnreadable");
        }
        areas.values().forEach(a -> put(a.postalCode(), a.county(), a.region()));
        int removed = 0;
        if (rejected.isEmpty() && !areas.isEmpty()) {
            removed = em.createNativeQuery("DELETE FROM postal_area WHERE postal_code NOT IN (?1)").setParameter(1, List.copyOf(areas.keySet()))
                    .executeUpdate();
        }
        audit.record(adminEmail, AuditAction.POSTAL_AREAS_IMPORTED, "POSTAL-AREAS",
                "postal codes listed: " + areas.size() + ", taken off: " + removed + ", lines left out: " + rejected.size());
        return new PostalAreaImport(areas.size(), removed, rejected);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Region> regions() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT region, COUNT(*), COUNT(DISTINCT county) FROM postal_area GROUP BY region ORDER BY region")
                .getResultList();
        return rows.stream().map(r -> new Region((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue())).toList();
    }

    /** A postal code of five digits with its county and region, each named in at most 80 characters. */
    record Area(String postalCode, String county, String region) {

        static Area of(String postalCode, String county, String region) {
            try {
                return line(postalCode, county, region);
            } catch (LineRejected notAnArea) {
                throw new IllegalArgumentException(notAnArea.getMessage(), notAnArea);
            }
        }

        /** The area of a line of the file, or the line refused with what is wrong. */
        static Area line(String postalCode, String county, String region) {
            String code = postalCode == null ? "" : postalCode.strip();
            if (!code.matches("\\d{5}")) {
                throw new LineRejected("the postal code must be five digits, not '" + CsvLines.abbreviate(code) + "'");
            }
            return new Area(code, name("county", county), name("region", region));
        }

        private static String name(String what, String text) {
            String name = text == null ? "" : text.strip();
            if (name.isEmpty() || name.length() > LONGEST_NAME) {
                throw new LineRejected("the " + what + " must be named, in at most " + LONGEST_NAME + " characters");
            }
            return name;
        }
    }
}
