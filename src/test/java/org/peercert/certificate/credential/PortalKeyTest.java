package org.peercert.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The portal's signing key: stored as a private JWK, published as a public JWK Set, identified by its thumbprint. */
class PortalKeyTest {

    @Test
    void jwkRoundTripKeepsTheKeyIdAndStillSigns() throws Exception {
        PortalKey key = PortalKey.generate();

        PortalKey restored = PortalKey.fromJwk(key.toJwk());

        assertEquals(key.keyId(), restored.keyId());
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        String credential = CredentialFixtures.issuer(restored).issue(CredentialFixtures.certificate(), now);
        assertEquals(CredentialFixtures.KEYS_URL + "/" + key.keyId(), CredentialFixtures.header(credential).get("kid"));
        assertTrue(JWSObject.parse(credential).verify(key.verifier()), "signed by the restored key, verified by the original");
    }

    @Test
    void keyIdIsTheJwkThumbprint() throws Exception {
        PortalKey key = PortalKey.generate();

        assertEquals(ECKey.parse(key.publicJwk()).computeThumbprint().toString(), key.keyId());
    }

    @Test
    void aStoredKeyIdThatIsNotTheThumbprintIsReplaced() throws Exception {
        Map<String, Object> jwk = JSONObjectUtils.parse(PortalKey.generate().toJwk());
        String thumbprint = (String) jwk.get("kid");
        jwk.put("kid", "chosen-by-hand");

        assertEquals(thumbprint, PortalKey.fromJwk(JSONObjectUtils.toJSONString(jwk)).keyId());
    }

    @Test
    void thePublicJwkHasNoPrivatePart() {
        PortalKey key = PortalKey.generate();

        assertFalse(key.publicJwk().contains("\"d\""));
        assertTrue(key.toJwk().contains("\"d\""));
    }

    @Test
    void refusesAPublicOnlyKey() {
        String publicJwk = PortalKey.generate().publicJwk();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PortalKey.fromJwk(publicJwk));

        assertTrue(refused.getMessage().contains("no private part"), refused.getMessage());
    }

    @Test
    void refusesAPrivatePartThatBelongsToAnotherKey() throws Exception {
        Map<String, Object> jwk = JSONObjectUtils.parse(PortalKey.generate().toJwk());
        jwk.put("d", JSONObjectUtils.parse(PortalKey.generate().toJwk()).get("d"));

        assertThrows(IllegalArgumentException.class, () -> PortalKey.fromJwk(JSONObjectUtils.toJSONString(jwk)));
    }

    @Test
    void refusesOtherCurvesKeyTypesAndGarbage() throws Exception {
        String p384 = new ECKeyGenerator(Curve.P_384).generate().toJSONString();
        String rsa = new RSAKeyGenerator(2048).generate().toJSONString();

        for (String notAPortalKey : new String[] {p384, rsa, "", "   ", "{}", "not json", "{\"kty\":\"EC\",\"crv\":\"P-256\"}"}) {
            assertThrows(IllegalArgumentException.class, () -> PortalKey.fromJwk(notAPortalKey), notAPortalKey);
        }
        assertThrows(IllegalArgumentException.class, () -> PortalKey.fromJwk(null));
    }

    @Test
    void twoGeneratedKeysDiffer() {
        assertNotEquals(PortalKey.generate().keyId(), PortalKey.generate().keyId());
    }

    @Test
    void toStringNeverShowsThePrivatePart() throws Exception {
        PortalKey key = PortalKey.generate();
        String d = (String) JSONObjectUtils.parse(key.toJwk()).get("d");

        assertFalse(key.toString().contains(d));
        assertTrue(key.toString().contains(key.keyId()));
    }
}
