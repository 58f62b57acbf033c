package org.peercert.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports' one way to the database: a native aggregate query with named parameters, read-only, and the conversions
 * of what the driver hands back. The filter's conditions are written once here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportQueries {

    /** The postal area of an application's address: its county and region, when the office has listed the code. */
    static final String AREA_JOIN = " LEFT JOIN postal_area pa ON pa.postal_code = LEFT(a.postal_code, 5) ";

    @PersistenceContext
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql, Map<String, Object> parameters) {
        Query query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return (List<Object[]>) query.getResultList();
    }

    /** The period's first and last days as the parameters :from and :to, in a map the conditions may add to. */
    static Map<String, Object> period(ReportFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", filter.from());
        parameters.put("to", filter.to());
        return parameters;
    }

    /**
     * The track and region conditions on an application aliased {@code a} joined to its postal area ({@link #AREA_JOIN}),
     * and for an agency's report its roster's certificates (aliased {@code c}: only the reports an agency may open have
     * it), as " AND ..." to append, with their parameters put in {@code into}.
     */
    static String trackAndRegion(ReportFilter filter, String trackColumn, Map<String, Object> into) {
        StringBuilder where = new StringBuilder();
        if (filter.track() != null) {
            where.append(" AND ").append(trackColumn).append(" = :track");
            into.put("track", filter.track().name());
        }
        if (filter.region() != null) {
            where.append(" AND pa.region = :region");
            into.put("region", filter.region());
        }
        if (filter.agencyId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM roster_entry ar WHERE ar.certificate_id = c.id AND ar.agency_id = :agency)");
            into.put("agency", filter.agencyId());
        }
        return where.toString();
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof java.sql.Date day) {
            return day.toLocalDate();
        }
        return LocalDate.ofInstant(instant(value), ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant moment) {
            return moment;
        }
        if (value instanceof LocalDateTime moment) {
            return moment.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp moment) {
            return moment.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a moment: " + value.getClass());
    }
}
