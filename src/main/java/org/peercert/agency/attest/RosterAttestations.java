package org.peercert.agency.attest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peercert.account.EmailAddress;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyService;
import org.peercert.agency.RosterCsv;
import org.peercert.agency.RosterService.RosterLine;
import org.peercert.agency.RosterService;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.billing.ProviderRecord;
import org.peercert.platform.NotYours;
import org.peercert.platform.Office;
import org.peercert.platform.Paging;
import org.peercert.platform.PortalUrls;

/**
 * Roster documents: the live roster as a PDF, and dated attestations of it that anyone holding the code can
 * check on /verify, for Medicaid and payer audits.
 */
@ApplicationScoped
@Transactional
public class RosterAttestations {

    /** A second click on "make an attestation" within this time, with nothing changed, gets the first one back. */
    static final Duration DOUBLE_SUBMIT_WINDOW = Duration.ofMinutes(1);
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type PEOPLE = new ArrayList<AttestedPerson>() {
    }.getClass().getGenericSuperclass();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditService audit;

    @Inject
    AgencyService agencies;

    @Inject
    RosterService roster;

    @Inject
    PortalUrls urls;

    @Inject
    Office office;

    /** Attests the administrator's roster as it stands today. */
    public RosterAttestation attest(String adminEmail) {
        Agency agency = agencies.requireAgencyOf(adminEmail);
        String actor = EmailAddress.normalize(adminEmail);
        List<AttestedPerson> people = people(roster.roster(agency.getId()));
        String json = JSON.toJson(people, PEOPLE);
        Optional<RosterAttestation> justMade = latest(agency.getId()).filter(a -> a.getMadeBy().equals(actor)
                && a.getPeopleJson().equals(json) && a.getMadeAt().isAfter(clock.instant().minus(DOUBLE_SUBMIT_WINDOW)));
        if (justMade.isPresent()) {
            return justMade.get();
        }
        int eligible = (int) people.stream().filter(AttestedPerson::eligible).count();
        RosterAttestation attestation = new RosterAttestation(AttestationCode.generate(), agency.getId(), agency.getLegalName(), agency.getNpi(),
                LocalDate.now(clock), actor, clock.instant(), people.size(), eligible, json);
        em.persist(attestation);
        audit.record(actor, AuditAction.ROSTER_ATTESTED, "agency " + agency.getId(),
                attestation.getDisplayCode() + ": " + eligible + " of " + people.size() + " eligible");
        return attestation;
    }

    /** The attestation a code (as typed or scanned) names, for anyone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RosterAttestation> byCode(String typed) {
        return AttestationCode.normalize(typed).flatMap(code -> em.createQuery("select a from RosterAttestation a where a.code = :c",
                RosterAttestation.class).setParameter("c", code).getResultStream().findFirst());
    }

    /** One of the administrator's own agency's attestations, or a refusal. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RosterAttestation ownedBy(String adminEmail, String typedCode) {
        Agency agency = agencies.requireAgencyOf(adminEmail);
        return byCode(typedCode).filter(a -> a.getAgencyId().equals(agency.getId()))
                .orElseThrow(() -> new NotYours("attestation " + typedCode + " of agency " + agency.getId()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<RosterAttestation> ofAgency(long agencyId, int first, int pageSize) {
        List<RosterAttestation> rows = em.createQuery("select a from RosterAttestation a where a.agencyId = :a order by a.madeAt desc, a.id desc",
                RosterAttestation.class).setParameter("a", agencyId).setFirstResult(first).setMaxResults(pageSize).getResultList();
        long total = em.createQuery("select count(a) from RosterAttestation a where a.agencyId = :a", Long.class).setParameter("a", agencyId)
                .getSingleResult();
        return new Paging<>(rows, total);
    }

    public List<AttestedPerson> peopleOf(RosterAttestation attestation) {
        return JSON.fromJson(attestation.getPeopleJson(), PEOPLE);
    }

    public String verifyUrl(RosterAttestation attestation) {
        return urls.absolute("/verify?attestation=" + attestation.getDisplayCode());
    }

    /** The attestation's PDF, made from what it kept, so every download of it is the same. */
    public byte[] pdfOf(RosterAttestation attestation) {
        return RosterDocument.render(new RosterSheet(attestation.getAgencyName(), attestation.getAgencyNpi(), attestation.getAsOf(),
                attestation.getMadeAt().atZone(clock.getZone()), attestation.getMadeBy(), peopleOf(attestation), attestation.getCode(),
                verifyUrl(attestation)), office.getDetails());
    }

    /** The administrator's roster as it stands now, as a PDF working copy (no code: not an attestation). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] livePdf(String adminEmail) {
        Agency agency = agencies.requireAgencyOf(adminEmail);
        List<AttestedPerson> people = people(roster.roster(agency.getId()));
        return RosterDocument.render(new RosterSheet(agency.getLegalName(), agency.getNpi(), LocalDate.now(clock),
                clock.instant().atZone(clock.getZone()), EmailAddress.normalize(adminEmail), people, null, null), office.getDetails());
    }

    private Optional<RosterAttestation> latest(long agencyId) {
        return em.createQuery("select a from RosterAttestation a where a.agencyId = :a order by a.madeAt desc, a.id desc", RosterAttestation.class)
                .setParameter("a", agencyId).setMaxResults(1).getResultStream().findFirst();
    }

    static List<AttestedPerson> people(List<RosterLine> lines) {
        return lines.stream().map(line -> person(line.record())).toList();
    }

    private static AttestedPerson person(ProviderRecord r) {
        var certificate = r.certificate();
        return new AttestedPerson(certificate.getHolderName(), certificate.getNumber(), certificate.getTrack().name(),
                certificate.getStatus().label(), certificate.getExpiresOn(),
                r.ce().earned().stripTrailingZeros().toPlainString() + " of " + r.ce().required().stripTrailingZeros().toPlainString(),
                r.supervision().peerSupervisor(), r.supervision().clinicalSupervisor(), r.exclusion().label(), r.eligible(),
                r.reasons().stream().map(RosterCsv::line).toList());
    }
}
