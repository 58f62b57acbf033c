package org.peercert.certificate.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

/**
 * The portal's signing key for verifiable credentials (R-TRN-3 certificates and their status lists): an EC key on
 * P-256, used with ES256. Its key id ({@code kid}) is always its JWK thumbprint (RFC 7638, SHA-256), so the id
 * cannot drift from the key. The private JWK is a secret: store it like a password, never in the repository.
 */
public final class PortalKey {

    private final ECKey key;

    private PortalKey(ECKey key) {
        this.key = key;
    }

    /** A new random key. */
    public static PortalKey generate() {
        try {
            return withThumbprintId(new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256).generate());
        } catch (JOSEException noEcProvider) {
            throw new IllegalStateException("The Java runtime cannot generate P-256 keys.", noEcProvider);
        }
    }

    /**
     * Reads a stored private key, as written by {@link #toJwk()}.
     *
     * @throws IllegalArgumentException when the text is not an EC private JWK on P-256, or its private part does not
     *                                  belong to its public part
     */
    public static PortalKey fromJwk(String jwkJson) {
        if (jwkJson == null || jwkJson.isBlank()) {
            throw new IllegalArgumentException("The portal key JWK is empty.");
        }
        PortalKey portalKey = withThumbprintId(requirePrivateSigningKey(parseEcKey(jwkJson)));
        portalKey.requireMatchingKeyPair();
        return portalKey;
    }

    /** The key id, its JWK thumbprint: the {@code kid} of every credential this key signs. */
    public String keyId() {
        return key.getKeyID();
    }

    /** The private JWK, for storing the key. A secret. */
    public String toJwk() {
        return key.toJSONString();
    }

    /** The public JWK alone. */
    public String publicJwk() {
        return key.toPublicJWK().toJSONString();
    }

    JWSSigner signer() {
        try {
            return new ECDSASigner(key);
        } catch (JOSEException unusableKey) {
            throw new IllegalStateException("The portal key cannot sign.", unusableKey);
        }
    }

    JWSVerifier verifier() {
        try {
            return new ECDSAVerifier(key.toPublicJWK());
        } catch (JOSEException unusableKey) {
            throw new IllegalStateException("The portal key cannot verify.", unusableKey);
        }
    }

    /** Never shows the private part. */
    @Override
    public String toString() {
        return "PortalKey[kid=" + keyId() + "]";
    }

    private static ECKey parseEcKey(String jwkJson) {
        try {
            return ECKey.parse(jwkJson);
        } catch (ParseException | RuntimeException notAnEcJwk) {
            throw new IllegalArgumentException("The portal key is not an EC JWK: " + notAnEcJwk.getMessage(), notAnEcJwk);
        }
    }

    private static ECKey requirePrivateSigningKey(ECKey key) {
        if (!Curve.P_256.equals(key.getCurve())) {
            throw new IllegalArgumentException("The portal key must be on curve P-256 (ES256), not " + key.getCurve() + ".");
        }
        if (key.getAlgorithm() != null && !JWSAlgorithm.ES256.equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("The portal key is for " + key.getAlgorithm() + "; the portal signs with ES256.");
        }
        if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
            throw new IllegalArgumentException("The portal key is marked for use \"" + key.getKeyUse() + "\", not for signing (\"sig\").");
        }
        if (!key.isPrivate()) {
            throw new IllegalArgumentException("The portal key JWK has no private part (\"d\"); it can verify but not sign.");
        }
        return key;
    }

    private static PortalKey withThumbprintId(ECKey key) {
        try {
            String thumbprint = key.computeThumbprint().toString();
            return new PortalKey(new ECKey.Builder(key).keyID(thumbprint).build());
        } catch (JOSEException noSha256) {
            throw new IllegalStateException("The Java runtime cannot compute a SHA-256 thumbprint.", noSha256);
        }
    }

    /** A JWK whose "d" belongs to another key would sign credentials that no one can verify; refuse it at start. */
    private void requireMatchingKeyPair() {
        JWSHeader header = new JWSHeader(JWSAlgorithm.ES256);
        byte[] probe = "portal key check".getBytes(StandardCharsets.US_ASCII);
        try {
            if (!verifier().verify(header, probe, signer().sign(header, probe))) {
                throw new IllegalArgumentException("The portal key's private part does not belong to its public part.");
            }
        } catch (JOSEException unusableKey) {
            throw new IllegalArgumentException("The portal key cannot sign: " + unusableKey.getMessage(), unusableKey);
        }
    }
}
