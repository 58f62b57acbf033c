package org.peercert.certificate.credential;

import static org.peercert.certificate.credential.Vocabulary.DATE_TIME_STAMP;
import static org.peercert.certificate.credential.Vocabulary.OB_CONTEXT;
import static org.peercert.certificate.credential.Vocabulary.OPEN_BADGE_CREDENTIAL;
import static org.peercert.certificate.credential.Vocabulary.STATUS_LIST;
import static org.peercert.certificate.credential.Vocabulary.STATUS_LIST_CREDENTIAL;
import static org.peercert.certificate.credential.Vocabulary.STATUS_LIST_ENTRY;
import static org.peercert.certificate.credential.Vocabulary.VC_CONTEXT;
import static org.peercert.certificate.credential.Vocabulary.VERIFIABLE_CREDENTIAL;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Issues a certificate (R-TRN-3) as an Open Badges 3.0 {@code OpenBadgeCredential}, a W3C Verifiable Credential 2.0
 * secured with Open Badges 3.0's JSON Web Token proof format (#27): a compact JWS, ES256 with the portal's key, whose
 * JOSE header holds only {@code alg}, {@code kid} (a URL that answers with the public key) and {@code typ: JWT}, and whose
 * payload is the credential itself with the registered claims that mirror it ({@code iss} = issuer id, {@code jti} =
 * credential id, {@code sub} = subject id, {@code nbf} = validFrom, {@code exp} = validUntil). The same token is a
 * credential secured with JOSE in the sense of VC-JOSE-COSE. Its status is one Bitstring Status List entry of purpose
 * {@code message}: a two-bit {@link Standing} in a status list credential the portal serves and signs with the same key
 * ({@link #statusListCredential}).
 *
 * <p>The holder appears by name only. Thread-safe.
 */
public final class CredentialIssuer {

    /** Placeholder for the track code (CPS, PPS) in the achievement URL template. */
    public static final String TRACK_PLACEHOLDER = "{track}";
    /** Placeholder for the certificate number in the verify URL template. */
    public static final String NUMBER_PLACEHOLDER = "{number}";

    private final PortalKey key;
    private final IssuerProfile issuer;
    private final String keysUrl;
    private final String achievementUrlTemplate;
    private final String verifyUrlTemplate;
    private final ZoneId zone;

    /**
     * @param issuer                 the office; its id is the URL of its profile
     * @param keysUrl                where the portal's public keys are served, e.g. {@code https://portal.example/api/v1/credentials/keys};
     *                               a key's own URL, the JWS {@code kid}, is this URL, a slash and the key's thumbprint
     * @param achievementUrlTemplate the page describing a track, with {@value #TRACK_PLACEHOLDER}, e.g.
     *                               {@code https://portal.example/certificate/track/{track}}
     * @param verifyUrlTemplate      the public lookup of one certificate, with {@value #NUMBER_PLACEHOLDER}, e.g.
     *                               {@code https://portal.example/verify/{number}}; also the credential's id
     * @param zone                   where a certificate's issue date starts and its expiry date ends
     */
    public CredentialIssuer(PortalKey key, IssuerProfile issuer, String keysUrl, String achievementUrlTemplate, String verifyUrlTemplate,
                            ZoneId zone) {
        this.key = Objects.requireNonNull(key, "key");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        requireAbsoluteUrl(issuer.id(), "issuer id");
        this.keysUrl = requireAbsoluteUrl(keysUrl, "keys URL");
        this.achievementUrlTemplate = requireTemplate(achievementUrlTemplate, TRACK_PLACEHOLDER);
        this.verifyUrlTemplate = requireTemplate(verifyUrlTemplate, NUMBER_PLACEHOLDER);
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The signed credential (compact JWS) for a certificate; {@code now} is its signing time. */
    public String issue(CertificateClaims certificate, Instant now) {
        return sign(withRegisteredClaims(openBadgeCredential(certificate), now));
    }

    /**
     * The signed {@code BitstringStatusListCredential} (compact JWS) to serve at {@code listUrl}, the URL that credentials
     * name as their {@code statusListCredential}.
     *
     * @param purpose {@code message}, or {@code revocation} or {@code suspension} for credentials issued before #27
     */
    public String statusListCredential(String listUrl, String purpose, StatusList list, Instant now) {
        requireAbsoluteUrl(listUrl, "status list URL");
        StatusPurpose statusPurpose = StatusPurpose.fromTerm(purpose)
                .orElseThrow(() -> new IllegalArgumentException("The status purpose is message, revocation or suspension, not " + purpose + "."));
        return sign(withRegisteredClaims(bitstringStatusListCredential(listUrl, statusPurpose, Objects.requireNonNull(list, "list"), now), now));
    }

    /** The URL of a key, the {@code kid} of what it signs: it answers with the key's public JWK. */
    public String keyUrl(PortalKey signingKey) {
        return keysUrl + "/" + signingKey.keyId();
    }

    /** The achievement (track) URL, the {@code achievement.id} of the track's credentials. */
    public String achievementUrl(String trackCode) {
        return achievementUrlTemplate.replace(TRACK_PLACEHOLDER, urlEncoded(trackCode));
    }

    /** The public verify URL of a certificate, the {@code id} of its credentials. */
    public String verifyUrl(String certificateNumber) {
        return verifyUrlTemplate.replace(NUMBER_PLACEHOLDER, urlEncoded(certificateNumber));
    }

    private Map<String, Object> openBadgeCredential(CertificateClaims certificate) {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        credential.put("id", verifyUrl(certificate.certificateNumber()));
        credential.put("type", List.of(VERIFIABLE_CREDENTIAL, OPEN_BADGE_CREDENTIAL));
        credential.put("issuer", issuer.toJson());
        credential.put("validFrom", startOf(certificate.issuedOn()));
        credential.put("validUntil", endOf(certificate.expiresOn()));
        credential.put("name", certificate.trackLabel() + " certificate " + certificate.certificateNumber());
        credential.put("credentialSubject", achievementSubject(certificate));
        credential.put("credentialStatus", standingEntry(certificate.standing()));
        return credential;
    }

    /**
     * The JWT claims that Open Badges 3.0's proof format requires beside the credential, each mirroring a member of it,
     * and {@code iat}, when the portal signed it.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> withRegisteredClaims(Map<String, Object> credential, Instant now) {
        Object issuerMember = credential.get("issuer");
        credential.put("iss", issuerMember instanceof Map<?, ?> profile ? profile.get("id") : issuerMember);
        credential.put("jti", credential.get("id"));
        credential.put("sub", ((Map<String, Object>) credential.get("credentialSubject")).get("id"));
        credential.put("nbf", epochSecond((String) credential.get("validFrom")));
        if (credential.containsKey("validUntil")) {
            credential.put("exp", epochSecond((String) credential.get("validUntil")));
        }
        credential.put("iat", signingTime(now));
        return credential;
    }

    private static long epochSecond(String dateTimeStamp) {
        return OffsetDateTime.parse(dateTimeStamp).toEpochSecond();
    }

    /**
     * The holder by name only: an Open Badges {@code IdentityObject} of type {@code name}, plus {@code name} for readers
     * of the plain JSON. The certificate number is the subject's {@code licenseNumber}; the subject's id, which the
     * proof format's {@code sub} claim repeats, is the holder of that certificate on its public lookup.
     */
    private Map<String, Object> achievementSubject(CertificateClaims certificate) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", verifyUrl(certificate.certificateNumber()) + "#holder");
        subject.put("type", List.of("AchievementSubject"));
        subject.put("name", certificate.holderName());
        subject.put("identifier", List.of(nameIdentity(certificate.holderName())));
        subject.put("licenseNumber", certificate.certificateNumber());
        subject.put("achievement", achievement(certificate));
        return subject;
    }

    private static Map<String, Object> nameIdentity(String holderName) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "IdentityObject");
        identity.put("identityType", "name");
        identity.put("hashed", false);
        identity.put("identityHash", holderName);
        return identity;
    }

    private Map<String, Object> achievement(CertificateClaims certificate) {
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", achievementUrl(certificate.trackCode()));
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certification");
        achievement.put("humanCode", certificate.trackCode());
        achievement.put("name", certificate.trackLabel());
        achievement.put("description", "State certification as a " + certificate.trackLabel() + " (" + certificate.trackCode()
                + "), issued by the " + issuer.name() + ".");
        achievement.put("criteria", Map.of("narrative", criteriaNarrative(certificate.trainingHours())));
        return achievement;
    }

    /** R-TRN-3 in the holder's and the verifier's words. */
    static String criteriaNarrative(int trainingHours) {
        return "Certified once all of these were met: eligibility accepted by the certification staff "
                + "(at least 18 years old, a high-school diploma or equivalent, and the track's lived-experience attestation); "
                + "the state-approved " + trainingHours + "-hour basic peer specialist training completed; the written test passed; "
                + "and the three background checks (criminal history, abuse and neglect registry, professional background) clear.";
    }

    /** One entry, as Open Badges 3.0's schema wants: a two-bit status whose messages name valid, suspended and revoked. */
    private static Map<String, Object> standingEntry(CertificateClaims.StatusEntry entry) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", entry.statusListCredential() + "#" + entry.statusListIndex());
        status.put("type", STATUS_LIST_ENTRY);
        status.put("statusPurpose", StatusPurpose.MESSAGE.term());
        status.put("statusListIndex", Integer.toString(entry.statusListIndex()));
        status.put("statusSize", Standing.STATUS_SIZE);
        status.put("statusMessage", Standing.statusMessages());
        status.put("statusListCredential", entry.statusListCredential());
        return status;
    }

    private Map<String, Object> bitstringStatusListCredential(String listUrl, StatusPurpose purpose, StatusList list, Instant now) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", listUrl + "#list");
        subject.put("type", STATUS_LIST);
        subject.put("statusPurpose", purpose.term());
        subject.put("encodedList", list.encoded());

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(VC_CONTEXT));
        credential.put("id", listUrl);
        credential.put("type", List.of(VERIFIABLE_CREDENTIAL, STATUS_LIST_CREDENTIAL));
        credential.put("issuer", issuer.id());
        credential.put("validFrom", DATE_TIME_STAMP.format(now.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
        credential.put("credentialSubject", subject);
        return credential;
    }

    /**
     * Signs the credential as written, its members in the order put (Payload(Map) would reorder them). Open Badges 3.0
     * allows no JOSE header beyond alg, kid (or jwk) and typ.
     */
    private String sign(Map<String, Object> credential) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keyUrl(key)).type(JOSEObjectType.JWT).build();
        JWSObject jws = new JWSObject(header, new Payload(JSONObjectUtils.toJSONString(credential)));
        try {
            jws.sign(key.signer());
        } catch (JOSEException signingFailed) {
            throw new IllegalStateException("The portal key could not sign the credential.", signingFailed);
        }
        return jws.serialize();
    }

    private String startOf(LocalDate day) {
        return DATE_TIME_STAMP.format(day.atStartOfDay(zone));
    }

    private String endOf(LocalDate day) {
        return DATE_TIME_STAMP.format(day.atTime(LocalTime.MAX).truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    /** The JWT {@code iat} claim, which both proof formats allow beside the credential: when the portal signed it. */
    private static long signingTime(Instant now) {
        return Objects.requireNonNull(now, "now").getEpochSecond();
    }

    private static String urlEncoded(String value) {
        return URLEncoder.encode(Objects.requireNonNull(value), StandardCharsets.UTF_8);
    }

    private static String requireAbsoluteUrl(String url, String what) {
        try {
            URI uri = new URI(Objects.requireNonNull(url, what));
            if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException notAUri) {
            // refused below
        }
        throw new IllegalArgumentException("The " + what + " must be an absolute http(s) URL, not " + url + ".");
    }

    private static String requireTemplate(String template, String placeholder) {
        if (template == null || !template.contains(placeholder)) {
            throw new IllegalArgumentException("The URL template must contain " + placeholder + ": " + template);
        }
        requireAbsoluteUrl(template.replace(placeholder, "x"), "URL template");
        return template;
    }
}
