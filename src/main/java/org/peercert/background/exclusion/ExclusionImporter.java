package org.peercert.background.exclusion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import org.hibernate.Session;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;

/**
 * Loads one list file and puts it in force in a single transaction (R-BG-3): until it commits, the
 * previous list is the one screening sees, and if anything fails nothing of the new file is left.
 */
@ApplicationScoped
public class ExclusionImporter {

    private static final String DELETE_ENTRIES = "DELETE FROM exclusion_entry WHERE import_id = ?";
    /** Only the list in force keeps rows: also those an earlier, interrupted attempt may have left. */
    private static final String DELETE_OTHER_ENTRIES = "DELETE FROM exclusion_entry WHERE import_id <> ?";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ExclusionPolicy policy;

    @Inject
    AuditService audit;

    /** Loads the file; puts it in force unless too many of its lines were rejected. Answers the import's outcome. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportStatus load(long importId, Path file) {
        ExclusionImport imported = em.find(ExclusionImport.class, importId);
        ListLoader.Counts counts = em.unwrap(Session.class).doReturningWork(connection -> {
            try {
                return new ListLoader(connection, importId).load(file, Charset.forName(imported.getCharset()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        imported.count(counts.read(), counts.accepted(), counts.rejected());
        String refusal = refusal(counts);
        if (refusal != null) {
            em.unwrap(Session.class).doWork(connection -> deleteEntries(connection, importId));
            imported.finish(ImportStatus.REFUSED, refusal, clock.instant());
            audit.record(AuditService.SYSTEM, AuditAction.EXCLUSION_LIST_REFUSED, subject(imported), refusal);
            return ImportStatus.REFUSED;
        }
        putInForce(imported);
        audit.record(AuditService.SYSTEM, AuditAction.EXCLUSION_LIST_IMPORTED, subject(imported),
                counts.accepted() + " rows in force, " + counts.rejected() + " rejected, of " + counts.read() + " read");
        return ImportStatus.ACTIVE;
    }

    private String refusal(ListLoader.Counts counts) {
        if (counts.accepted() == 0) {
            return "No row could be read; the list in force stays.";
        }
        if ((long) counts.rejected() * 100 > (long) counts.read() * policy.maxRejectedPercent()) {
            return counts.rejected() + " of " + counts.read() + " rows were rejected, more than " + policy.maxRejectedPercent()
                    + "%; the list in force stays. Fix the file and import it again.";
        }
        return null;
    }

    private void putInForce(ExclusionImport imported) {
        em.createQuery("select i from ExclusionImport i where i.status = :active", ExclusionImport.class)
                .setParameter("active", ImportStatus.ACTIVE).getResultList().forEach(ExclusionImport::supersede);
        em.unwrap(Session.class).doWork(connection -> delete(connection, DELETE_OTHER_ENTRIES, imported.getId()));
        imported.finish(ImportStatus.ACTIVE, null, clock.instant());
    }

    private static void deleteEntries(Connection connection, long importId) throws SQLException {
        delete(connection, DELETE_ENTRIES, importId);
    }

    private static void delete(Connection connection, String sql, long importId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setLong(1, importId);
            delete.executeUpdate();
        }
    }

    static String subject(ExclusionImport imported) {
        return "LEIE-" + imported.getId();
    }
}
