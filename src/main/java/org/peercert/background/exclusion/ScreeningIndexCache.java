package org.peercert.background.exclusion;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * The list in force, indexed in memory (R-BG-3). Built once per import and shared by every screening on
 * this node; each node rebuilds it when it sees that another import came into force.
 */
@ApplicationScoped
public class ScreeningIndexCache {

    /** People on the list, less those it marks reinstated: their exclusion has ended. */
    private static final String PEOPLE = "SELECT row_key, last_name, first_name, date_of_birth FROM exclusion_entry "
            + "WHERE import_id = ? AND last_name IS NOT NULL AND first_name IS NOT NULL AND reinstated_on IS NULL";

    @Resource(lookup = "java:jboss/datasources/PeerCertDS")
    DataSource dataSource;

    private final AtomicReference<ScreeningIndex> current = new AtomicReference<>();

    /** The index of the given import, built if this node has not built it yet. */
    public ScreeningIndex of(long importId) {
        ScreeningIndex index = current.get();
        if (index != null && index.importId() == importId) {
            return index;
        }
        synchronized (this) {
            index = current.get();
            if (index == null || index.importId() != importId) {
                index = build(importId);
                current.set(index);
            }
            return index;
        }
    }

    private ScreeningIndex build(long importId) {
        ScreeningIndex index = new ScreeningIndex(importId);
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(PEOPLE)) {
            query.setLong(1, importId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Date born = rows.getDate(4);
                    index.add(rows.getString(1), rows.getString(2), rows.getString(3), born == null ? null : born.toLocalDate());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the exclusion list " + importId, e);
        }
        return index;
    }
}
