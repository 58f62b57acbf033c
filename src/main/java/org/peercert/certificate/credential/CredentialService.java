package org.peercert.certificate.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateRecords;
import org.peercert.certificate.CertificateStatus;
import org.peercert.platform.Office;
import org.peercert.platform.PortalUrls;
import org.peercert.training.TrainingPolicy;

/**
 * A certificate as an Open Badges 3.0 verifiable credential (R-TRN-3), its status in the Bitstring Status Lists the
 * portal serves, and the check of a credential someone presents. Each certificate's bit is fixed by its id: list
 * {@code id / size}, index {@code id % size}, one list of each purpose per block of ids.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CredentialService {

    public static final String MEDIA_TYPE = "application/vc+jwt";
    private static final String STATUS_PATH = "/api/v1/credentials/status/";

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

    private CredentialIssuer issuer() {
        return new CredentialIssuer(keys.current(), urls.baseUrl(), office.getDetails().name(),
                urls.absolute("/tracks.xhtml#" + CredentialIssuer.TRACK_PLACEHOLDER), urls.absolute("/verify/" + CredentialIssuer.NUMBER_PLACEHOLDER),
                ZoneOffset.UTC);
    }

    /** The signed credential of a certificate, for its holder (or staff). */
    public String credentialOf(String number, String viewerEmail, boolean staff) {
        Certificate c = certificates.forViewer(number, viewerEmail, staff);
        CertificateClaims claims = new CertificateClaims(c.getNumber(), c.getHolderName(), c.getTrack().name(), c.getTrack().label(),
                training.curriculumHours(), c.getIssuedOn(), c.getExpiresOn(), entry(StatusPurpose.REVOCATION, c.getId()),
                entry(StatusPurpose.SUSPENSION, c.getId()));
        return issuer().issue(claims, clock.instant());
    }

    private CertificateClaims.StatusEntry entry(StatusPurpose purpose, long certificateId) {
        long list = certificateId / StatusList.MINIMUM_SIZE;
        return new CertificateClaims.StatusEntry(statusListUrl(purpose, list), (int) (certificateId % StatusList.MINIMUM_SIZE));
    }

    private String statusListUrl(StatusPurpose purpose, long list) {
        return urls.absolute(STATUS_PATH + purpose.term() + "/" + list);
    }

    /** The signed status list of this purpose and block of ids: a set bit for each revoked (or suspended) certificate. */
    public Optional<String> statusList(String purposeTerm, long list) {
        Optional<StatusPurpose> purpose = StatusPurpose.fromTerm(purposeTerm);
        if (purpose.isEmpty() || list < 0 || list > Long.MAX_VALUE / StatusList.MINIMUM_SIZE - 1) {
            return Optional.empty();
        }
        // An inactive certificate (at the holder's request) may not be used to practise either: its suspension bit is set.
        List<CertificateStatus> marked = purpose.get() == StatusPurpose.REVOCATION ? List.of(CertificateStatus.REVOKED)
                : List.of(CertificateStatus.SUSPENDED, CertificateStatus.INACTIVE);
        long first = list * StatusList.MINIMUM_SIZE;
        List<Long> ids = em.createQuery("select c.id from Certificate c where c.status in :s and c.id >= :first and c.id < :end", Long.class)
                .setParameter("s", marked).setParameter("first", first).setParameter("end", first + StatusList.MINIMUM_SIZE).getResultList();
        StatusList bits = new StatusList();
        ids.forEach(id -> bits.set((int) (id - first), true));
        return Optional.of(issuer().statusListCredential(statusListUrl(purpose.get(), list), purpose.get().term(), bits, clock.instant()));
    }

    /** Checks a presented credential: signature by this portal's key, dates, and its status now. Never throws on bad input. */
    public Verdict verify(String presented) {
        return new CredentialVerifier().verify(presented, keys.current(), this::servedStatusList, clock.instant());
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

    public String publicKeys() {
        return keys.current().publicJwkSetJson();
    }
}
