package org.peercert.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** #27: the keys a verifier finds from a credential alone, and the earlier keys kept after a rotation. */
class TrustedKeysTest {

    private final PortalKey current = PortalKey.generate();
    private final PortalKey earlier = PortalKey.generate();
    private final TrustedKeys keys = TrustedKeys.of(current, List.of(earlier.toJwk(), current.publicJwk()));

    @Test
    void theKeySetHoldsTheCurrentKeyFirstThenEachEarlierKeyOnceWithoutAnyPrivatePart() throws Exception {
        List<Object> published = JSONObjectUtils.getJSONArray(JSONObjectUtils.parse(keys.publicJwkSetJson()), "keys");

        assertEquals(2, published.size());
        assertEquals(current.keyId(), jwk(published.get(0)).get("kid"));
        assertEquals(earlier.keyId(), jwk(published.get(1)).get("kid"));
        for (Object key : published) {
            assertFalse(jwk(key).containsKey("d"), "never a private part, even of a key stored with one");
            assertEquals("EC", jwk(key).get("kty"));
            assertEquals("P-256", jwk(key).get("crv"));
        }
    }

    @Test
    void aKidIsFoundAsAThumbprintOrAsAUrlEndingInIt() {
        assertTrue(keys.verifierFor(earlier.keyId()).isPresent());
        assertTrue(keys.verifierFor("https://portal.example/api/v1/credentials/keys/" + earlier.keyId()).isPresent());
        assertTrue(keys.verifierFor(null).isPresent(), "no kid: the current key");
        assertTrue(keys.verifierFor("https://portal.example/api/v1/credentials/keys/" + PortalKey.generate().keyId()).isEmpty());
    }

    @Test
    void oneKeysJwkIsServedByItsThumbprint() throws Exception {
        Map<String, Object> jwk = JSONObjectUtils.parse(keys.publicJwk(earlier.keyId()).orElseThrow());

        assertEquals(earlier.keyId(), jwk.get("kid"));
        assertFalse(jwk.containsKey("d"));
        assertTrue(keys.publicJwk("unknown").isEmpty());
    }

    @Test
    void refusesAKeyThatIsNotOnP256() {
        String rsa = "{\"kty\":\"RSA\",\"n\":\"sXch\",\"e\":\"AQAB\"}";
        String p384 = "{\"kty\":\"EC\",\"crv\":\"P-384\",\"x\":\"AAAA\",\"y\":\"AAAA\"}";

        assertThrows(IllegalArgumentException.class, () -> TrustedKeys.of(current, List.of(rsa)));
        assertThrows(IllegalArgumentException.class, () -> TrustedKeys.of(current, List.of(p384)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jwk(Object key) {
        return (Map<String, Object>) key;
    }
}
