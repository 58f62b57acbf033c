package org.peercert.agency.attest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.account.Role;
import org.peercert.agency.RosterService;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateService;
import org.peercert.platform.NotYours;
import org.peercert.testing.AgencyFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.MovableClock;
import org.peercert.testing.PdfContent;
import org.peercert.testing.TestAccounts;

/** Issue 9's roster attestation inside the server: what it keeps, who may have it, and that a double click makes one. */
@ExtendWith(ArquillianExtension.class)
class RosterAttestationIT {

    private static final LocalDate BORN = LocalDate.of(1988, 2, 29);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    AgencyFixtures fixtures;

    @Inject
    TestAccounts people;

    @Inject
    RosterAttestations attestations;

    @Inject
    RosterService roster;

    @Inject
    CertificateService certificates;

    @Inject
    AuditService audit;

    @Inject
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.release();
    }

    @Test
    void anAttestationKeepsWhatTheRosterSaidOnItsDayAndAnyoneFindsItByItsCode() throws IOException {
        String admin = people.create(Role.AGENCY_ADMIN, "Ari", "Attest");
        long agencyId = fixtures.agency(admin, true).getId();
        Certificate first = fixtures.certificate("Fern", "Attested", BORN);
        Certificate second = fixtures.certificate("Gale", "Attested", BORN);
        roster.add(admin, first.getNumber(), "Attested", BORN);
        roster.add(admin, second.getNumber(), "Attested", BORN);

        RosterAttestation made = attestations.attest(admin);

        assertEquals(2, made.getPeopleCount());
        assertEquals(LocalDate.now(clock), made.getAsOf());
        List<AttestedPerson> people = attestations.peopleOf(made);
        assertEquals(List.of(first.getNumber(), second.getNumber()), people.stream().map(AttestedPerson::certificateNumber).toList());
        assertTrue(people.stream().noneMatch(AttestedPerson::eligible), "nobody is supervised yet: " + people);
        assertTrue(people.get(0).reasons().stream().anyMatch(r -> r.endsWith("(R-SUP-1)")), people.get(0).reasons().toString());
        assertEquals(made.getId(), attestations.byCode(made.getDisplayCode().toLowerCase()).orElseThrow().getId());
        assertEquals(AuditAction.ROSTER_ATTESTED, audit.about("agency " + agencyId, 1).get(0).getAction());

        roster.remove(admin, roster.requireOnRoster(agencyId, second.getNumber()).getId());
        RosterAttestation later = attestations.attest(admin);

        assertEquals(1, later.getPeopleCount());
        assertNotEquals(made.getCode(), later.getCode());
        RosterAttestation kept = attestations.byCode(made.getCode()).orElseThrow();
        assertEquals(2, kept.getPeopleCount());
        assertTrue(PdfContent.text(attestations.pdfOf(kept)).contains(second.getHolderName()), "the PDF is made from what was kept");
    }

    @Test
    void aSecondClickWithinAMinuteAndNothingChangedGetsTheSameAttestation() {
        String admin = people.create(Role.AGENCY_ADMIN, "Dee", "Double");
        fixtures.agency(admin, true);
        roster.add(admin, fixtures.certificate("Hal", "Twice", BORN).getNumber(), "Twice", BORN);

        RosterAttestation once = attestations.attest(admin);
        RosterAttestation again = attestations.attest(admin);
        clock.set(clock.instant().plus(RosterAttestations.DOUBLE_SUBMIT_WINDOW).plusSeconds(1));
        RosterAttestation aMinuteLater = attestations.attest(admin);

        assertEquals(once.getId(), again.getId());
        assertNotEquals(once.getId(), aMinuteLater.getId());
        assertEquals(2, attestations.ofAgency(once.getAgencyId(), 0, 10).total());
    }

    @Test
    void anotherAgencysAttestationIsNotYoursToDownloadButAnyoneMayCheckIt() {
        String ours = people.create(Role.AGENCY_ADMIN, "Ona", "Ours");
        String theirs = people.create(Role.AGENCY_ADMIN, "Theo", "Theirs");
        fixtures.agency(ours, true);
        fixtures.agency(theirs, true);
        RosterAttestation theirAttestation = attestations.attest(theirs);

        assertThrows(NotYours.class, () -> attestations.ownedBy(ours, theirAttestation.getCode()));
        assertThrows(NotYours.class, () -> attestations.ownedBy(ours, "not a code"));
        assertEquals(theirAttestation.getId(), attestations.ownedBy(theirs, theirAttestation.getDisplayCode()).getId());
        assertTrue(attestations.byCode(theirAttestation.getCode()).isPresent(), "the public check needs only the code");
        assertEquals(0, theirAttestation.getPeopleCount());
    }
}
