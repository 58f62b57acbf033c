package org.peercert.certificate.credential;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peercert.applications.TrackTitles;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateRecords;
import org.peercert.certificate.CertificateStatus;
import org.peercert.platform.Office;
import org.peercert.platform.OfficeDetails;
import org.peercert.platform.PortalUrls;
import org.peercert.training.TrainingPolicy;

/**
 * A certificate as an Open Badges 3.0 verifiable credential (R-TRN-3), its standing in the Bitstring Status Lists the
 * portal serves, the issuer's profile and keys that let anyone verify it from the credential alone (#27), and the check
 * of a credential someone presents. Each certificate's entry is fixed by its id: list {@code id / ENTRIES_PER_LIST},
 * index {@code id % ENTRIES_PER_LIST}, one list of each purpose per block of ids.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CredentialService {

    public static final String MEDIA_TYPE = "application/vc+jwt";
    /** Certificates per status list: the specification's minimum list, 131,072 entries. */
    static final int ENTRIES_PER_LIST = StatusList.MINIMUM_SIZE;
    private static final String CREDENTIALS_PATH = "/api/v1/credentials";
    private static final String STATUS_PATH = CREDENTIALS_PATH + "/status/";

    @PersistenceContext
    EntityManager em;

    @Inject
    SigningKeys keys;

    @Inject
    CertificateRecords certificates;

    @Inject
    PortalUrls urls;

    @Inject
    TrainingPolicy training;

    @Inject
    Clock clock;

    @Inject
    Office office;

    @Inject
    TrackTitles trackTitles;

    private CredentialIssuer issuer() {
        return new CredentialIssuer(keys.current(), issuerProfile(), urls.absolute(CREDENTIALS_PATH + "/keys"),
                urls.absolute("/tracks.xhtml#" + CredentialIssuer.TRACK_PLACEHOLDER), urls.absolute("/verify/" + CredentialIssuer.NUMBER_PLACEHOLDER),
                ZoneOffset.UTC);
    }

    /** The office as its credentials name it; its id is where {@link #issuerProfileJson()} is served. */
    public IssuerProfile issuerProfile() {
        OfficeDetails details = office.getDetails();
        return new IssuerProfile(urls.absolute(CREDENTIALS_PATH + "/issuer"), details.name(), urls.baseUrl(), details.email(), details.phone());
    }

    /** The issuer's Open Badges 3.0 Profile as a JSON-LD document, with the URL of its key set. */
    public String issuerProfileJson() {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("@context", List.of(Vocabulary.VC_CONTEXT, Vocabulary.OB_CONTEXT));
        profile.putAll(issuerProfile().toJson());
        return JSONObjectUtils.toJSONString(profile);
    }

    /** The signed credential of a certificate, for its holder (or staff). */
    public String credentialOf(String number, String viewerEmail, boolean staff) {
        Certificate c = certificates.forViewer(number, viewerEmail, staff);
        CertificateClaims claims = new CertificateClaims(c.getNumber(), c.getHolderName(), c.getTrack().name(), trackTitles.title(c.getTrack()),
                training.curriculumHours(), c.getIssuedOn(), c.getExpiresOn(), standingEntry(c.getId()));
        return issuer().issue(claims, clock.instant());
    }

    private CertificateClaims.StatusEntry standingEntry(long certificateId) {
        long list = certificateId / ENTRIES_PER_LIST;
        return new CertificateClaims.StatusEntry(statusListUrl(StatusPurpose.MESSAGE, list), (int) (certificateId % ENTRIES_PER_LIST));
    }

    private String statusListUrl(StatusPurpose purpose, long list) {
        return urls.absolute(STATUS_PATH + purpose.term() + "/" + list);
    }

    /**
     * The signed status list of this purpose and block of ids: for {@code message}, each certificate's two-bit
     * {@link Standing}; for the {@code revocation} and {@code suspension} lists of credentials issued before #27, a set
     * bit for each revoked (or suspended) certificate.
     */
    public Optional<String> statusList(String purposeTerm, long list) {
        Optional<StatusPurpose> purpose = StatusPurpose.fromTerm(purposeTerm);
        if (purpose.isEmpty() || list < 0 || list > Long.MAX_VALUE / ENTRIES_PER_LIST - 1) {
            return Optional.empty();
        }
        long first = list * ENTRIES_PER_LIST;
        StatusList bits = purpose.get() == StatusPurpose.MESSAGE ? new StatusList(ENTRIES_PER_LIST * Standing.STATUS_SIZE) : new StatusList();
        for (Object[] row : notValid(first)) {
            Standing standing = standingOf((CertificateStatus) row[1]);
            int index = (int) ((Long) row[0] - first);
            switch (purpose.get()) {
                case MESSAGE -> bits.setValue(index, Standing.STATUS_SIZE, standing.value());
                case REVOCATION -> bits.set(index, standing == Standing.REVOKED);
                case SUSPENSION -> bits.set(index, standing == Standing.SUSPENDED);
            }
        }
        return Optional.of(issuer().statusListCredential(statusListUrl(purpose.get(), list), purpose.get().term(), bits, clock.instant()));
    }

    /** The certificates of one block that are revoked, suspended or inactive: id and status. */
    private List<Object[]> notValid(long first) {
        return em.createQuery("select c.id, c.status from Certificate c where c.status in :s and c.id >= :first and c.id < :end", Object[].class)
                .setParameter("s", List.of(CertificateStatus.REVOKED, CertificateStatus.SUSPENDED, CertificateStatus.INACTIVE))
                .setParameter("first", first).setParameter("end", first + ENTRIES_PER_LIST).getResultList();
    }

    /** An inactive certificate (at the holder's request) may not be used to practise either: it reads as suspended. */
    private static Standing standingOf(CertificateStatus status) {
        return switch (status) {
            case REVOKED -> Standing.REVOKED;
            case SUSPENDED, INACTIVE -> Standing.SUSPENDED;
            default -> Standing.VALID;
        };
    }

    /** Checks a presented credential: signature by one of this portal's keys, dates, and its standing now. Never throws on bad input. */
    public Verdict verify(String presented) {
        return new CredentialVerifier().verify(presented, keys.trusted(), this::servedStatusList, clock.instant());
    }

    /** Only this portal's own lists are read, from the database; no URL in a presented credential is ever fetched. */
    private String servedStatusList(String url) {
        String prefix = urls.absolute(STATUS_PATH);
        if (url == null || !url.startsWith(prefix)) {
            return null;
        }
        String[] parts = url.substring(prefix.length()).split("/");
        if (parts.length != 2 || !parts[1].matches("\\d{1,12}")) {
            return null;
        }
        return statusList(parts[0], Long.parseLong(parts[1])).orElse(null);
    }

    /** Every key the portal signed with, the current one first, as a JWK Set. */
    public String publicKeys() {
        return keys.trusted().publicJwkSetJson();
    }

    /** One key's public JWK, by its thumbprint: what a credential's {@code kid} URL answers. */
    public Optional<String> publicKey(String keyId) {
        return keys.trusted().publicJwk(keyId);
    }

    /**
     * A signed credential as VC 2.0's {@code EnvelopedVerifiableCredential}: the JSON-LD form of the same token, for a
     * verifier that asks for {@code application/ld+json} or {@code application/json}.
     */
    public static String enveloped(String compactJws) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("@context", Vocabulary.VC_CONTEXT);
        envelope.put("id", "data:" + MEDIA_TYPE + "," + compactJws);
        envelope.put("type", "EnvelopedVerifiableCredential");
        return JSONObjectUtils.toJSONString(envelope);
    }
}
