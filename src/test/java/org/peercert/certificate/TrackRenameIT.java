package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.applications.Track;
import org.peercert.applications.TrackName;
import org.peercert.applications.TrackTitle;
import org.peercert.applications.TrackTitles;
import org.peercert.platform.FieldProblem;
import org.peercert.platform.InvalidFields;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/**
 * #28: a state renames a track. Certificates issued before keep their numbers; the next one carries the new
 * abbreviation; every reader sees the new title. The names the test found are put back after it, as other tests read them.
 */
@ExtendWith(ArquillianExtension.class)
class TrackRenameIT {

    private static final String ADMIN = "admin@test";
    private static final LocalDate BORN = LocalDate.of(1987, 6, 5);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    TrackTitles tracks;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateRecords records;

    @Inject
    ApplicationFixtures fixtures;

    @Inject
    TestData data;

    private TrackName before;

    @BeforeEach
    void keepTheNames() {
        before = tracks.name(Track.CPS);
    }

    @AfterEach
    void putTheNamesBack() {
        tracks.change(ADMIN, Track.CPS, versionOf(Track.CPS), before);
    }

    @Test
    void aRenamedTrackKeepsItsCertificatesNumbersAndNewOnesCarryTheNewAbbreviation() {
        Certificate earlier = issue("Early");
        tracks.change(ADMIN, Track.CPS, versionOf(Track.CPS), new TrackName("Kansas Certified Peer Specialist", "kcps",
                "I am, or was, a primary consumer of mental health services."));

        Certificate later = issue("Later");
        assertTrue(later.getNumber().contains("-KCPS-"), "the new abbreviation, upper case: " + later.getNumber());
        assertTrue(earlier.getNumber().contains("-" + before.abbreviation() + "-"), earlier.getNumber());
        assertEquals(earlier.getNumber(), records.lookUp(earlier.getNumber()).orElseThrow().number(), "an issued number never changes");
        assertEquals("Kansas Certified Peer Specialist", records.lookUp(earlier.getNumber()).orElseThrow().trackLabel(),
                "the public lookup names the track as the state now does");
        assertEquals("Kansas Certified Peer Specialist", records.printable(earlier.getNumber(), null, true).trackLabel(),
                "and so does its certificate when printed");
        assertTrue(data.auditDetailsAbout("CPS").stream().anyMatch(d -> d.endsWith("-> Kansas Certified Peer Specialist (KCPS)")),
                data.auditDetailsAbout("CPS").toString());
    }

    @Test
    void anAbbreviationThatCannotGoIntoANumberOrThatTheOtherTrackUsesIsRefusedWithEveryOtherProblem() {
        String parents = tracks.abbreviation(Track.PPS);
        InvalidFields refused = assertThrows(InvalidFields.class, () -> tracks.change(ADMIN, Track.CPS, versionOf(Track.CPS),
                new TrackName(" ", parents, "short")));
        assertEquals(List.of("title", "abbreviation", "livedExperience"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals("track.abbreviationTaken", refused.problems().get(1).messageKey());
        assertEquals(before, tracks.name(Track.CPS), "nothing changed");
    }

    private Certificate issue(String lastName) {
        return certificates.issue(fixtures.readyForCertificate("Tia", lastName, BORN).getId(), TestAccounts.STAFF);
    }

    private long versionOf(Track track) {
        return tracks.all().stream().filter(t -> t.getTrack() == track).findFirst().map(TrackTitle::getVersion).orElseThrow();
    }
}
