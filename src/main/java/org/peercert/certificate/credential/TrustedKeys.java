package org.peercert.certificate.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The public keys whose signatures the portal accepts (#27): the key it signs with now, and every key it signed with
 * before, so that a credential signed before a key rotation still verifies. Each is known by its JWK thumbprint (RFC
 * 7638); a JWS names it in {@code kid}, as the thumbprint itself (credentials issued before #27) or as the URL of the key,
 * which ends in it. Immutable and thread-safe.
 */
public final class TrustedKeys {

    private final String currentKeyId;
    private final Map<String, ECKey> byKeyId;

    private TrustedKeys(String currentKeyId, Map<String, ECKey> byKeyId) {
        this.currentKeyId = currentKeyId;
        this.byKeyId = byKeyId;
    }

    /** Only the current key. */
    public static TrustedKeys of(PortalKey current) {
        return of(current, List.of());
    }

    /**
     * @param current     the key the portal signs with
     * @param earlierJwks public JWKs of the keys it signed with before; a private part, if any, is dropped
     * @throws IllegalArgumentException when one of them is not a P-256 EC JWK
     */
    public static TrustedKeys of(PortalKey current, Collection<String> earlierJwks) {
        Map<String, ECKey> keys = new LinkedHashMap<>();
        ECKey currentKey = parse(current.publicJwk());
        keys.put(current.keyId(), currentKey);
        for (String jwk : earlierJwks) {
            ECKey key = parse(jwk);
            keys.putIfAbsent(thumbprint(key), key);
        }
        return new TrustedKeys(current.keyId(), keys);
    }

    /**
     * The verifier for the key a JWS names: its thumbprint, or a URL ending in {@code /} and its thumbprint; a JWS that
     * names none is checked against the current key. Empty when the key is not one of the portal's.
     */
    Optional<JWSVerifier> verifierFor(String kid) {
        String keyId = kid == null ? currentKeyId : kid.substring(kid.lastIndexOf('/') + 1);
        return Optional.ofNullable(byKeyId.get(keyId)).map(TrustedKeys::verifier);
    }

    /** The public JWK of one key, for its {@code kid} URL. */
    public Optional<String> publicJwk(String keyId) {
        return Optional.ofNullable(byKeyId.get(keyId)).map(ECKey::toJSONString);
    }

    /** The JWK Set of every key, the current one first: what {@code /.well-known/jwks.json} serves. */
    public String publicJwkSetJson() {
        List<JWK> keys = new ArrayList<>(byKeyId.values());
        return new JWKSet(keys).toString(true);
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    private static JWSVerifier verifier(ECKey key) {
        try {
            return new ECDSAVerifier(key);
        } catch (JOSEException unusable) {
            throw new IllegalStateException("A trusted key cannot verify.", unusable);
        }
    }

    private static ECKey parse(String jwk) {
        try {
            ECKey key = ECKey.parse(Objects.requireNonNull(jwk, "jwk")).toPublicJWK();
            if (!Curve.P_256.equals(key.getCurve())) {
                throw new IllegalArgumentException("A trusted key must be on P-256, not " + key.getCurve() + ".");
            }
            return new ECKey.Builder(key).keyID(thumbprint(key)).build();
        } catch (ParseException notAnEcJwk) {
            throw new IllegalArgumentException("A trusted key is not an EC JWK: " + notAnEcJwk.getMessage(), notAnEcJwk);
        }
    }

    private static String thumbprint(ECKey key) {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException noSha256) {
            throw new IllegalStateException("The Java runtime cannot compute a SHA-256 thumbprint.", noSha256);
        }
    }
}
