package org.peercert.certificate.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A certificate, its portal and the helpers the credential tests share. */
final class CredentialFixtures {

    static final String ISSUER_ID = "https://portal.example/api/v1/credentials/issuer";
    static final String KEYS_URL = "https://portal.example/api/v1/credentials/keys";
    static final String ACHIEVEMENT_URL = "https://portal.example/certificate/track/{track}";
    static final String VERIFY_URL = "https://portal.example/verify?number={number}";
    static final String STANDING_URL = "https://portal.example/api/v1/credentials/status/message/1";
    /** The two lists of a credential issued before #27. */
    static final String REVOCATION_URL = "https://portal.example/credentials/status/revocation/1";
    static final String SUSPENSION_URL = "https://portal.example/credentials/status/suspension/1";
    static final IssuerProfile OFFICE = new IssuerProfile(ISSUER_ID, "PeerCert State Certification Office", "https://portal.example/",
            "certification@portal.example", "785-555-0100");
    static final String NUMBER = "PS-CPS-2026-000123";
    static final String HOLDER = "Avery Quinn";
    static final int INDEX = 17;

    private CredentialFixtures() {
    }

    static CertificateClaims certificate() {
        return new CertificateClaims(NUMBER, HOLDER, "CPS", "Certified Peer Specialist", 40,
                LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 1),
                new CertificateClaims.StatusEntry(STANDING_URL, INDEX));
    }

    static CredentialIssuer issuer(PortalKey key) {
        return new CredentialIssuer(key, OFFICE, KEYS_URL, ACHIEVEMENT_URL, VERIFY_URL, ZoneOffset.UTC);
    }

    /**
     * The credential as the portal issued it before #27 (VC-JOSE-COSE: typ vc+jwt, cty vc, the bare thumbprint as kid, no
     * registered claims but iat, a revocation and a suspension entry), which holders may still present.
     */
    static String legacyCredential(PortalKey key, Instant signedAt) {
        Map<String, Object> credential = payload(issuer(key).issue(certificate(), signedAt));
        for (String claim : List.of("iss", "jti", "sub", "nbf", "exp")) {
            credential.remove(claim);
        }
        object(credential, "credentialSubject").remove("id");
        credential.put("credentialStatus", List.of(legacyEntry("revocation", REVOCATION_URL), legacyEntry("suspension", SUSPENSION_URL)));
        return signed(key, new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.keyId()).type(new JOSEObjectType("vc+jwt")).contentType("vc").build(),
                credential);
    }

    private static Map<String, Object> legacyEntry(String purpose, String url) {
        return new LinkedHashMap<>(Map.of("id", url + "#" + INDEX, "type", "BitstringStatusListEntry", "statusPurpose", purpose,
                "statusListIndex", Integer.toString(INDEX), "statusListCredential", url));
    }

    static String signed(PortalKey key, JWSHeader header, Map<String, Object> payload) {
        JWSObject jws = new JWSObject(header, new Payload(JSONObjectUtils.toJSONString(payload)));
        try {
            jws.sign(key.signer());
        } catch (JOSEException e) {
            throw new AssertionError(e);
        }
        return jws.serialize();
    }

    static Map<String, Object> header(String compactJws) {
        return json(compactJws.split("\\.")[0]);
    }

    static Map<String, Object> payload(String compactJws) {
        return json(compactJws.split("\\.")[1]);
    }

    static String payloadText(String compactJws) {
        return new Base64URL(compactJws.split("\\.")[1]).decodeToString();
    }

    /** The same JWS with another payload and the original signature, as a forger would send it. */
    static String withPayload(String compactJws, String payloadJson) {
        String[] parts = compactJws.split("\\.");
        return parts[0] + "." + Base64URL.encode(payloadJson) + "." + parts[2];
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> json, String name) {
        return (Map<String, Object>) json.get(name);
    }

    private static Map<String, Object> json(String base64Url) {
        try {
            return JSONObjectUtils.parse(new Base64URL(base64Url).decodeToString());
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }
}
