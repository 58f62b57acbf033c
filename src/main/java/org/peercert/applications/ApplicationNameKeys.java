package org.peercert.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.peercert.background.exclusion.NameKeys;

/**
 * Fills the name keys of applications saved before they existed (V23), a batch per transaction, when the portal
 * starts; an application saved since has them already (CertificationApplication keys its names on every save).
 */
@ApplicationScoped
public class ApplicationNameKeys {

    private static final Logger LOG = Logger.getLogger(ApplicationNameKeys.class.getName());
    private static final int BATCH = 1000;
    private static final String UNKEYED = "SELECT id, legal_first_name, legal_last_name FROM certification_application "
            + "WHERE last_name_key IS NULL ORDER BY id";
    private static final String KEY = "UPDATE certification_application SET first_name_key = ?1, last_name_key = ?2 WHERE id = ?3";

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationNameKeys self;

    void onStartup(@Observes Startup startup) {
        int keyed = 0;
        for (int batch = self.keyBatch(); batch > 0; batch = self.keyBatch()) {
            keyed += batch;
        }
        if (keyed > 0) {
            LOG.info("Name keys filled for " + keyed + " applications saved before the queue searched by them");
        }
    }

    /** One batch of unkeyed applications keyed; how many there were. */
    @Transactional
    public int keyBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(UNKEYED).setMaxResults(BATCH).getResultList();
        for (Object[] row : rows) {
            em.createNativeQuery(KEY).setParameter(1, NameKeys.key((String) row[1])).setParameter(2, NameKeys.key((String) row[2]))
                    .setParameter(3, ((Number) row[0]).longValue()).executeUpdate();
        }
        return rows.size();
    }
}
