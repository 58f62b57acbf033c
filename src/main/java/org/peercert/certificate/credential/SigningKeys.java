package org.peercert.certificate.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's credential signing key: from configuration ({@code PEERCERT_CREDENTIAL_SIGNING_KEY}, a private
 * P-256 JWK) in production; otherwise generated once and kept in the database, as on the embedded default. The public
 * part of each key the portal signs with is recorded, so that after a rotation (a new key configured) the credentials
 * and status lists signed with an earlier key still verify, on every node (#27).
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final String REMEMBER = "INSERT INTO credential_public_key (kid, jwk, first_used_at) VALUES (?1, ?2, ?3) "
            + "ON DUPLICATE KEY UPDATE kid = kid";
    private static final String STORE = "INSERT INTO credential_signing_key (id, jwk, created_at) VALUES (1, ?1, ?2) "
            + "ON DUPLICATE KEY UPDATE id = id";

    @Inject
    @ConfigProperty(name = "peercert.credential.signing-key")
    Optional<String> configured;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SigningKeys self;

    private volatile PortalKey key;

    /**
     * Records the key in use as soon as the portal starts, not at its first signature, so that a key configured in its
     * place later finds this one among the earlier keys.
     */
    void recordAtStart(@Observes Startup startup) {
        current();
    }

    public PortalKey current() {
        PortalKey known = key;
        if (known == null) {
            known = configured.filter(jwk -> !jwk.isBlank()).map(PortalKey::fromJwk).orElseGet(self::storedOrNew);
            self.remember(known);
            key = known;
        }
        return known;
    }

    /** The current key and every key signed with before, read afresh so that a key another node rotated to is known at once. */
    public TrustedKeys trusted() {
        PortalKey signing = current();
        List<?> recorded = em.createNativeQuery("SELECT jwk FROM credential_public_key ORDER BY first_used_at DESC").getResultList();
        return TrustedKeys.of(signing, recorded.stream().map(String.class::cast).toList());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remember(PortalKey signing) {
        em.createNativeQuery(REMEMBER).setParameter(1, signing.keyId()).setParameter(2, signing.publicJwk()).setParameter(3, clock.instant())
                .executeUpdate();
    }

    /** A second node that generates at the same time keeps the first one's key: the insert is ignored, the read wins. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public PortalKey storedOrNew() {
        List<?> stored = em.createNativeQuery("SELECT jwk FROM credential_signing_key WHERE id = 1").getResultList();
        if (stored.isEmpty()) {
            LOG.warning("No PEERCERT_CREDENTIAL_SIGNING_KEY is configured: generating the portal's credential key and keeping it in "
                    + "the database. Configure a key for production.");
            em.createNativeQuery(STORE).setParameter(1, PortalKey.generate().toJwk()).setParameter(2, clock.instant()).executeUpdate();
            // A locking read sees the row another node may have committed since this transaction's first read.
            stored = em.createNativeQuery("SELECT jwk FROM credential_signing_key WHERE id = 1 FOR UPDATE").getResultList();
        }
        return PortalKey.fromJwk((String) stored.get(0));
    }
}
