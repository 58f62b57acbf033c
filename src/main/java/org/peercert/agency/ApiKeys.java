package org.peercert.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peercert.account.EmailAddress;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.billing.BillingPolicy;
import org.peercert.platform.NotYours;

/**
 * API keys for agencies' own systems, of the form {@code pck_<prefix>_<secret>}: the prefix finds the key, the
 * secret (256 random bits) is compared by its SHA-256, which suffices for a random secret (no password stretching).
 */
@ApplicationScoped
@Transactional
public class ApiKeys {

    private static final String BEARER = "Bearer ";

    private static final Pattern FORM = Pattern.compile("pck_([a-z0-9]{8})_([A-Za-z0-9_-]{43})");
    private static final String PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditService audit;

    @Inject
    AgencyService agencies;

    @Inject
    BillingPolicy policy;

    /** A new key: the whole key is returned here, once; only its prefix and hash are kept. */
    public record Issued(ApiKey key, String secret) {
    }

    public Issued create(String adminEmail, String label) {
        return create(adminEmail, label, null, false);
    }

    /**
     * @param expiresOn the last day the key works (UTC), after today; null for a key that works until revoked
     * @param readOnly  a key that looks up and lists but cannot record a check
     */
    public Issued create(String adminEmail, String label, LocalDate expiresOn, boolean readOnly) {
        Agency agency = agencies.requireAgencyOf(adminEmail);
        if (!agency.isVerified()) {
            throw new AgencyProblem("agency.notVerified");
        }
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new AgencyProblem("apiKey.label");
        }
        if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            throw new AgencyProblem("apiKey.expiry");
        }
        requireDailyAllowance(agency);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(RANDOM.nextInt(PREFIX_ALPHABET.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String encoded = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey key = new ApiKey(agency.getId(), prefix.toString(), sha256(encoded), name, EmailAddress.normalize(adminEmail), clock.instant(),
                expiresOn, readOnly);
        em.persist(key);
        audit.record(EmailAddress.normalize(adminEmail), AuditAction.AGENCY_API_KEY_CREATED, "agency " + agency.getId(), prefix + " " + name
                + (expiresOn == null ? "" : ", until " + expiresOn) + (readOnly ? ", read-only" : ""));
        return new Issued(key, "pck_" + prefix + "_" + encoded);
    }

    /** Keys made in the last 24 hours count, revoked ones too; the agency's row is locked so two tabs cannot both slip under. */
    private void requireDailyAllowance(Agency agency) {
        em.lock(agency, LockModeType.PESSIMISTIC_WRITE);
        long made = em.createQuery("select count(k) from ApiKey k where k.agencyId = :a and k.createdAt > :since", Long.class)
                .setParameter("a", agency.getId()).setParameter("since", clock.instant().minus(Duration.ofDays(1))).getSingleResult();
        if (made >= policy.apiKeysPerDay()) {
            throw new AgencyProblem("apiKey.tooMany", policy.apiKeysPerDay());
        }
    }

    public void revoke(String adminEmail, long keyId) {
        Agency agency = agencies.requireAgencyOf(adminEmail);
        ApiKey key = Optional.ofNullable(em.find(ApiKey.class, keyId)).filter(k -> k.getAgencyId().equals(agency.getId()))
                .orElseThrow(() -> new NotYours("api key " + keyId));
        if (key.isActive()) {
            key.revoke(clock.instant());
            audit.record(EmailAddress.normalize(adminEmail), AuditAction.AGENCY_API_KEY_REVOKED, "agency " + agency.getId(), key.getPrefix());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiKey> of(long agencyId) {
        return em.createQuery("select k from ApiKey k where k.agencyId = :a order by k.createdAt desc, k.id desc", ApiKey.class)
                .setParameter("a", agencyId).getResultList();
    }

    /** Who presented a key: its agency, the key's public prefix (what the agency's records name it by), and its scope. */
    public record Caller(Agency agency, String keyPrefix, boolean readOnly) {
    }

    /** The caller of the key in an Authorization header ("Bearer pck_…"), as {@link #authenticate}. */
    public Optional<Caller> fromAuthorization(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return authenticate(authorization.substring(BEARER.length()));
    }

    /** The caller of a presented key, if the key is well formed, known, not revoked nor past its last day, and its secret right. */
    public Optional<Caller> authenticate(String presented) {
        Matcher form = presented == null ? null : FORM.matcher(presented.strip());
        if (form == null || !form.matches()) {
            return Optional.empty();
        }
        Optional<ApiKey> key = em.createQuery("select k from ApiKey k where k.prefix = :p", ApiKey.class).setParameter("p", form.group(1))
                .getResultStream().findFirst().filter(k -> k.worksOn(LocalDate.now(clock.withZone(ZoneOffset.UTC))))
                .filter(k -> MessageDigest.isEqual(k.getSecretHash().getBytes(StandardCharsets.US_ASCII),
                        sha256(form.group(2)).getBytes(StandardCharsets.US_ASCII)));
        key.ifPresent(k -> k.used(clock.instant()));
        return key.map(k -> new Caller(em.find(Agency.class, k.getAgencyId()), k.getPrefix(), k.isReadOnly()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
