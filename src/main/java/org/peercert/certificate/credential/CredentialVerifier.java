package org.peercert.certificate.credential;

import static org.peercert.certificate.credential.Vocabulary.OPEN_BADGE_CREDENTIAL;
import static org.peercert.certificate.credential.Vocabulary.STATUS_LIST;
import static org.peercert.certificate.credential.Vocabulary.STATUS_LIST_CREDENTIAL;
import static org.peercert.certificate.credential.Vocabulary.STATUS_LIST_ENTRY;
import static org.peercert.certificate.credential.Vocabulary.VC_JWT;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.util.Base64URL;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.peercert.certificate.credential.Verdict.Outcome;

/**
 * Checks a certificate credential (R-TRN-3) presented on the verify page: that it is an Open Badges 3.0 credential
 * signed by the portal (compact JWS, ES256, one of the portal's keys only), that its JWT claims agree with it, that it is
 * within its dates, and that its standing in the portal's signed Bitstring Status List is valid: the two-bit
 * {@link Standing} of its one {@code message} entry (#27), or, for a credential issued before #27, neither its revocation
 * nor its suspension bit.
 *
 * <p>Never throws on what is presented: garbage, an over-long text, an unsigned ({@code alg: none}) or
 * HMAC-signed token, a forged status list, all end in a {@link Verdict}. Stateless and thread-safe.
 */
public final class CredentialVerifier {

    /**
     * How far a status list's validFrom may lie ahead of the verifier's clock. The list is signed when it is fetched, which is
     * after the verifier read its clock; its second may be the next one, and another server's clock may run a little ahead.
     */
    static final Duration STATUS_LIST_CLOCK_SKEW = Duration.ofMinutes(2);

    /** The longest credential read; the portal's own are about 3,000 characters. */
    public static final int MAXIMUM_CREDENTIAL_LENGTH = 20_000;

    /** The longest status list credential read; a full list of the minimum size stays well below. */
    public static final int MAXIMUM_STATUS_LIST_LENGTH = 500_000;

    /**
     * @param compactJws        what was presented: the credential as a compact JWS
     * @param trustedKeys       the portal's keys; nothing else is trusted
     * @param statusListFetcher the compact JWS of the status list credential served at a URL, or null when there is none
     * @param now               the moment of the check
     */
    public Verdict verify(String compactJws, TrustedKeys trustedKeys, Function<String, String> statusListFetcher, Instant now) {
        Objects.requireNonNull(trustedKeys, "trustedKeys");
        Objects.requireNonNull(statusListFetcher, "statusListFetcher");
        Objects.requireNonNull(now, "now");
        Holder holder = Holder.UNKNOWN;
        try {
            Map<String, Object> credential = signedPayload(compactJws, MAXIMUM_CREDENTIAL_LENGTH, trustedKeys);
            requireOpenBadgeCredential(credential);
            requireClaimsMatchingTheCredential(credential);
            holder = holderOf(credential);
            checkDates(credential, now);
            checkStatus(credential, trustedKeys, statusListFetcher, now);
            return Verdict.of(Outcome.VALID, null, holder.number(), holder.name());
        } catch (Refusal refusal) {
            return Verdict.of(refusal.outcome, refusal.getMessage(), holder.number(), holder.name());
        } catch (RuntimeException unreadable) {
            return Verdict.of(Outcome.MALFORMED, "its content could not be read", holder.number(), holder.name());
        }
    }

    // --- the signature

    /** The payload of a compact JWS signed ES256 by one of the trusted keys, refused otherwise. */
    private static Map<String, Object> signedPayload(String compactJws, int maximumLength, TrustedKeys trustedKeys) throws Refusal {
        String compact = requireCompactJws(compactJws, maximumLength);
        JWSVerifier signer = requireTrustedSigner(header(compact), trustedKeys);
        JWSObject jws = parse(compact);
        if (!signatureMatches(jws, signer)) {
            throw new Refusal(Outcome.BAD_SIGNATURE, "The credential has been altered: its signature does not match.");
        }
        JOSEObjectType type = jws.getHeader().getType();
        if (type != null && !JOSEObjectType.JWT.equals(type) && !VC_JWT.equals(type)) {
            throw malformed("it is not a verifiable credential (its type is " + type + ", not JWT or vc+jwt)");
        }
        Map<String, Object> payload = jws.getPayload().toJSONObject();
        if (payload == null) {
            throw malformed("its content is not JSON");
        }
        return payload;
    }

    private static String requireCompactJws(String text, int maximumLength) throws Refusal {
        if (text == null || text.isBlank()) {
            throw malformed("nothing was given");
        }
        String compact = text.strip();
        if (compact.length() > maximumLength) {
            throw malformed("it is longer than " + maximumLength + " characters");
        }
        if (compact.split("\\.", -1).length != 3) {
            throw malformed("it is not a signed JSON Web Token (three parts separated by dots)");
        }
        return compact;
    }

    private static Header header(String compact) throws Refusal {
        try {
            return Header.parse(new Base64URL(compact.substring(0, compact.indexOf('.'))));
        } catch (ParseException | RuntimeException notAHeader) {
            throw malformed("its header is not a JSON Web Signature header");
        }
    }

    /** Only ES256 by a portal key: refuses {@code alg: none}, HMAC and every other algorithm before any check. */
    private static JWSVerifier requireTrustedSigner(Header header, TrustedKeys trustedKeys) throws Refusal {
        if (!(header instanceof JWSHeader jwsHeader)) {
            throw new Refusal(Outcome.BAD_SIGNATURE, "The credential is not signed; only credentials signed by the portal are accepted.");
        }
        if (!JWSAlgorithm.ES256.equals(jwsHeader.getAlgorithm())) {
            throw new Refusal(Outcome.BAD_SIGNATURE, "The credential is signed with " + jwsHeader.getAlgorithm()
                    + "; only the portal's ES256 signature is accepted.");
        }
        return trustedKeys.verifierFor(jwsHeader.getKeyID())
                .orElseThrow(() -> new Refusal(Outcome.BAD_SIGNATURE, "The credential was not signed with this portal's key."));
    }

    private static JWSObject parse(String compact) throws Refusal {
        try {
            return JWSObject.parse(compact);
        } catch (ParseException notAJws) {
            throw malformed("it is not a JSON Web Signature");
        }
    }

    private static boolean signatureMatches(JWSObject jws, JWSVerifier signer) {
        try {
            return jws.verify(signer);
        } catch (JOSEException | IllegalStateException unverifiable) {
            return false;
        }
    }

    // --- the credential

    private static void requireOpenBadgeCredential(Map<String, Object> credential) throws Refusal {
        if (!hasType(credential, OPEN_BADGE_CREDENTIAL)) {
            throw malformed("it is not an Open Badges credential (type OpenBadgeCredential)");
        }
    }

    /**
     * Open Badges 3.0's proof format: iss, jti, sub, nbf and exp repeat the credential's issuer id, id, subject id,
     * validFrom and validUntil. A claim that disagrees makes the credential unreadable; credentials issued before #27
     * have none of them.
     */
    private static void requireClaimsMatchingTheCredential(Map<String, Object> credential) throws Refusal {
        Map<String, Object> issuer = object(credential, "issuer");
        Map<String, Object> subject = object(credential, "credentialSubject");
        requireClaim(credential, "iss", issuer == null ? credential.get("issuer") : issuer.get("id"));
        requireClaim(credential, "jti", credential.get("id"));
        requireClaim(credential, "sub", subject == null ? null : subject.get("id"));
        requireClaim(credential, "nbf", epochSecond(credential, "validFrom"));
        requireClaim(credential, "exp", epochSecond(credential, "validUntil"));
    }

    private static void requireClaim(Map<String, Object> credential, String claim, Object mirrored) throws Refusal {
        Object value = credential.get(claim);
        boolean matches = value instanceof Number number && mirrored instanceof Long seconds ? number.longValue() == seconds : Objects.equals(value, mirrored);
        if (value != null && !matches) {
            throw malformed("its " + claim + " claim does not match the credential");
        }
    }

    private static Long epochSecond(Map<String, Object> credential, String name) throws Refusal {
        OffsetDateTime dateTime = dateTime(credential, name);
        return dateTime == null ? null : dateTime.toEpochSecond();
    }

    private static Holder holderOf(Map<String, Object> credential) throws Refusal {
        Map<String, Object> subject = object(credential, "credentialSubject");
        if (subject == null) {
            throw malformed("it has no credential subject");
        }
        String number = text(subject, "licenseNumber");
        if (number == null) {
            throw malformed("it names no certificate number");
        }
        return new Holder(number, holderName(subject));
    }

    /** The subject's {@code name}, else its Open Badges identifier of type {@code name} (not hashed). */
    private static String holderName(Map<String, Object> subject) {
        String name = text(subject, "name");
        if (name != null) {
            return name;
        }
        return objects(subject.get("identifier")).stream()
                .filter(identity -> "name".equals(identity.get("identityType")) && Boolean.FALSE.equals(identity.get("hashed")))
                .map(identity -> text(identity, "identityHash")).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Not before validFrom (required), not after validUntil (when present). */
    private static void checkDates(Map<String, Object> credential, Instant now) throws Refusal {
        OffsetDateTime validFrom = dateTime(credential, "validFrom");
        if (validFrom == null) {
            throw malformed("it has no validFrom date");
        }
        if (now.isBefore(validFrom.toInstant())) {
            throw new Refusal(Outcome.NOT_YET_VALID, validFrom.toLocalDate().toString());
        }
        OffsetDateTime validUntil = dateTime(credential, "validUntil");
        if (validUntil != null && now.isAfter(validUntil.toInstant())) {
            throw new Refusal(Outcome.EXPIRED, validUntil.toLocalDate().toString());
        }
    }

    // --- the status

    /** The standing entry when there is one; otherwise the revocation and suspension entries of a credential issued before #27. */
    private static void checkStatus(Map<String, Object> credential, TrustedKeys trustedKeys, Function<String, String> fetcher, Instant now)
            throws Refusal {
        List<StatusReference> references = statusReferences(credential);
        if (references.isEmpty()) {
            throw malformed("it names no status list");
        }
        Optional<StatusReference> standing = references.stream().filter(reference -> reference.purpose() == StatusPurpose.MESSAGE).findFirst();
        if (standing.isPresent()) {
            checkStanding(standing.get(), trustedKeys, fetcher, now);
        } else {
            checkRevocationAndSuspension(references, trustedKeys, fetcher, now);
        }
    }

    private static void checkStanding(StatusReference reference, TrustedKeys trustedKeys, Function<String, String> fetcher, Instant now)
            throws Refusal {
        switch (Standing.of(statusOf(reference, trustedKeys, fetcher, now))) {
            case REVOKED -> throw new Refusal(Outcome.REVOKED, null);
            case SUSPENDED -> throw new Refusal(Outcome.SUSPENDED, null);
            case VALID -> { }
        }
    }

    /** Revocation first, so a certificate both revoked and suspended reads as revoked. Both lists must be named. */
    private static void checkRevocationAndSuspension(List<StatusReference> references, TrustedKeys trustedKeys, Function<String, String> fetcher,
                                                     Instant now) throws Refusal {
        for (StatusPurpose purpose : List.of(StatusPurpose.REVOCATION, StatusPurpose.SUSPENSION)) {
            List<StatusReference> ofPurpose = references.stream().filter(reference -> reference.purpose() == purpose).toList();
            if (ofPurpose.isEmpty()) {
                throw malformed("it names no " + purpose.term() + " status list");
            }
            for (StatusReference reference : ofPurpose) {
                if (statusOf(reference, trustedKeys, fetcher, now) != 0) {
                    throw new Refusal(purpose == StatusPurpose.REVOCATION ? Outcome.REVOKED : Outcome.SUSPENDED, null);
                }
            }
        }
    }

    /** The credential's BitstringStatusListEntry items; entries of other types or purposes are left aside. */
    private static List<StatusReference> statusReferences(Map<String, Object> credential) throws Refusal {
        List<StatusReference> references = new ArrayList<>();
        for (Map<String, Object> entry : objects(credential.get("credentialStatus"))) {
            StatusPurpose purpose = StatusPurpose.fromTerm(text(entry, "statusPurpose")).orElse(null);
            if (hasType(entry, STATUS_LIST_ENTRY) && purpose != null) {
                references.add(new StatusReference(purpose, statusListIndex(entry), statusSize(entry, purpose),
                        requiredText(entry, "statusListCredential")));
            }
        }
        return references;
    }

    private static int statusListIndex(Map<String, Object> entry) throws Refusal {
        String index = text(entry, "statusListIndex");
        if (index == null || !index.matches("\\d{1,9}")) {
            throw malformed("its status list index is not a number");
        }
        return Integer.parseInt(index);
    }

    /** The standing entry's status is two bits; a revocation or suspension entry's one. */
    private static int statusSize(Map<String, Object> entry, StatusPurpose purpose) throws Refusal {
        int expected = purpose == StatusPurpose.MESSAGE ? Standing.STATUS_SIZE : 1;
        Object size = entry.get("statusSize");
        if (size == null ? expected != 1 : !(size instanceof Number number && number.intValue() == expected)) {
            throw malformed("its " + purpose.term() + " status entry is not " + expected + " bit" + (expected == 1 ? "" : "s") + " wide");
        }
        return expected;
    }

    private static int statusOf(StatusReference reference, TrustedKeys trustedKeys, Function<String, String> fetcher, Instant now)
            throws Refusal {
        Map<String, Object> listCredential = fetchSignedStatusList(reference.url(), trustedKeys, fetcher);
        Map<String, Object> list = requireMatchingStatusList(listCredential, reference, now);
        StatusList bits = decode(list, reference.url());
        if (reference.index() >= bits.entries(reference.statusSize())) {
            throw unavailable("the status list at " + reference.url() + " is shorter than the certificate's place in it");
        }
        return bits.value(reference.index(), reference.statusSize());
    }

    private static Map<String, Object> fetchSignedStatusList(String url, TrustedKeys trustedKeys, Function<String, String> fetcher)
            throws Refusal {
        String compactJws = fetch(url, fetcher);
        try {
            return signedPayload(compactJws, MAXIMUM_STATUS_LIST_LENGTH, trustedKeys);
        } catch (Refusal refusal) {
            throw unavailable("the status list at " + url
                    + (refusal.outcome == Outcome.BAD_SIGNATURE ? " is not signed with the portal's key" : " is unreadable"));
        }
    }

    private static String fetch(String url, Function<String, String> fetcher) throws Refusal {
        String compactJws;
        try {
            compactJws = fetcher.apply(url);
        } catch (RuntimeException fetchFailed) {
            compactJws = null;
        }
        if (compactJws == null || compactJws.isBlank()) {
            throw unavailable("the status list at " + url + " could not be fetched");
        }
        return compactJws;
    }

    /** The list's subject, once the list is a status list credential for this URL and purpose, and within its dates. */
    private static Map<String, Object> requireMatchingStatusList(Map<String, Object> listCredential, StatusReference reference, Instant now)
            throws Refusal {
        Map<String, Object> list = object(listCredential, "credentialSubject");
        boolean matches = hasType(listCredential, STATUS_LIST_CREDENTIAL) && reference.url().equals(text(listCredential, "id"))
                && list != null && hasType(list, STATUS_LIST) && reference.purpose().term().equals(text(list, "statusPurpose"));
        if (!matches) {
            throw unavailable("the document at " + reference.url() + " is not the " + reference.purpose().term() + " status list");
        }
        if (!withinDates(listCredential, now.plus(STATUS_LIST_CLOCK_SKEW), now)) {
            throw unavailable("the status list at " + reference.url() + " is out of date");
        }
        return list;
    }

    /** Within its validFrom and validUntil, when it has them; an unreadable date counts as out of date. */
    private static boolean withinDates(Map<String, Object> credential, Instant startedBy, Instant now) {
        try {
            OffsetDateTime validFrom = dateTime(credential, "validFrom");
            OffsetDateTime validUntil = dateTime(credential, "validUntil");
            boolean started = validFrom == null || !startedBy.isBefore(validFrom.toInstant());
            boolean ended = validUntil != null && now.isAfter(validUntil.toInstant());
            return started && !ended;
        } catch (Refusal unreadableDate) {
            return false;
        }
    }

    private static StatusList decode(Map<String, Object> list, String url) throws Refusal {
        try {
            return StatusList.decode(text(list, "encodedList"));
        } catch (IllegalArgumentException unreadable) {
            throw unavailable("the status list at " + url + " is unreadable (" + unreadable.getMessage() + ")");
        }
    }

    // --- reading JSON

    private static boolean hasType(Map<String, Object> object, String type) {
        Object types = object.get("type");
        return type.equals(types) || (types instanceof List<?> list && list.contains(type));
    }

    private static String text(Map<String, Object> object, String name) {
        return object.get(name) instanceof String text && !text.isBlank() ? text : null;
    }

    private static String requiredText(Map<String, Object> object, String name) throws Refusal {
        String text = text(object, name);
        if (text == null) {
            throw malformed("it has no " + name);
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> object, String name) {
        return object.get(name) instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /** A JSON object, or the objects of a JSON array, as VC 2.0 allows either for credentialStatus. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Object value) {
        if (value instanceof Map<?, ?> map) {
            return List.of((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(Map.class::isInstance).map(item -> (Map<String, Object>) item).toList();
        }
        return List.of();
    }

    private static OffsetDateTime dateTime(Map<String, Object> object, String name) throws Refusal {
        String text = text(object, name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notADateTime) {
            throw malformed("its " + name + " is not a date and time");
        }
    }

    private static Refusal malformed(String detail) {
        return new Refusal(Outcome.MALFORMED, detail);
    }

    private static Refusal unavailable(String detail) {
        return new Refusal(Outcome.STATUS_UNAVAILABLE, detail);
    }

    private record Holder(String number, String name) {
        static final Holder UNKNOWN = new Holder(null, null);
    }

    private record StatusReference(StatusPurpose purpose, int index, int statusSize, String url) {
    }

    /** Ends a check with an outcome; its message is the detail the verdict's sentence carries. */
    private static final class Refusal extends Exception {

        private final Outcome outcome;

        Refusal(Outcome outcome, String detail) {
            super(detail, null, false, false);
            this.outcome = outcome;
        }
    }
}
