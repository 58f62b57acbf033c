package org.peercert.certificate.credential;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Map;

/** A certificate, its portal and the helpers the credential tests share. */
final class CredentialFixtures {

    static final String ISSUER_ID = "https://portal.example/";
    static final String ACHIEVEMENT_URL = "https://portal.example/certificate/track/{track}";
    static final String VERIFY_URL = "https://portal.example/verify?number={number}";
    static final String REVOCATION_URL = "https://portal.example/credentials/status/revocation/1";
    static final String SUSPENSION_URL = "https://portal.example/credentials/status/suspension/1";
    static final String NUMBER = "PS-CPS-2026-000123";
    static final String HOLDER = "Avery Quinn";
    static final int INDEX = 17;

    private CredentialFixtures() {
    }

    static CertificateClaims certificate() {
        return new CertificateClaims(NUMBER, HOLDER, "CPS", "Certified Peer Specialist", 40,
                LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 1),
                new CertificateClaims.StatusEntry(REVOCATION_URL, INDEX), new CertificateClaims.StatusEntry(SUSPENSION_URL, INDEX));
    }

    static CredentialIssuer issuer(PortalKey key) {
        return new CredentialIssuer(key, ISSUER_ID, ACHIEVEMENT_URL, VERIFY_URL);
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
