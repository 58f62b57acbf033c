package org.peercert.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;
import org.peercert.applications.Track;
import org.peercert.certificate.CertificateStatus;

/** Rule-table rows as seeded in V19 (seeds 000, 001, 003, 004), the default limits, and an eligible provider and plan to vary. */
final class BillingFixtures {

    static final LocalDate SERVICE_DATE = LocalDate.of(2026, 5, 4);
    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    static final BillingLimits LIMITS = new BillingLimits(18, 3, 30, 15);
    /** The demo's track names (#28: a state names them its own way). */
    static final Function<Track, String> TRACK_NAMES = track -> track == Track.CPS ? "Certified Peer Specialist (CPS)"
            : "Parent Peer Support Specialist (PPS)";

    private static final Set<String> KANSAS_ALLOWED = Set.of("GT", "HS", "KX");

    private BillingFixtures() {
    }

    static ServiceTerms kansasIndividual() {
        return new ServiceTerms("KS", "H0038", Set.of(), KANSAS_ALLOWED, Track.CPS, false, null, null, null, null, null,
                new BigDecimal("11.75"), false, "Peer support, individual, per 15 minutes");
    }

    static ServiceTerms kansasGroup() {
        return new ServiceTerms("KS", "H0038", Set.of("HQ"), KANSAS_ALLOWED, Track.CPS, true, null, 8, 750, null, null,
                new BigDecimal("4.37"), false, "Peer support, group, per 15 minutes");
    }

    static ServiceTerms kansasParentPeerSupport() {
        return new ServiceTerms("KS", "H0038", Set.of(), KANSAS_ALLOWED, Track.PPS, false, null, null, null, null, null,
                new BigDecimal("11.75"), false, "Parent Peer Support, individual, per 15 minutes");
    }

    static ServiceTerms california() {
        return new ServiceTerms("CA", "H0038", Set.of(), Set.of("HK", "SC"), Track.CPS, false, 96, null, null, null, null, null, false,
                "Self-help/peer services, per 15 minutes");
    }

    static ServiceTerms idahoPeerSupport() {
        return new ServiceTerms("ID", "H0038", Set.of(), Set.of(), Track.CPS, false, null, null, null, 16, 30, null, true,
                "Peer support (Optum Idaho network)");
    }

    static ServiceTerms idahoTransition() {
        return new ServiceTerms("ID", "H2015", Set.of(), Set.of(), Track.CPS, false, null, null, null, 32, 30, null, true,
                "Community transition support (Optum Idaho network)");
    }

    static Provider provider() {
        return new Provider();
    }

    static Plan plan() {
        return new Plan();
    }

    /** An active CPS certificant, supervised, clinical supervision a week ago; change what a test is about. */
    static final class Provider {
        LocalDate dateOfBirth = LocalDate.of(1985, 3, 10);
        CertificateStatus status = CertificateStatus.ACTIVE;
        ProviderFacts.Suspension suspension;
        Track track = Track.CPS;
        LocalDate issuedOn = LocalDate.of(2025, 6, 30);
        LocalDate expiresOn = LocalDate.of(2027, 6, 30);
        boolean excluded;
        boolean peerSupervisor = true;
        boolean clinicalSupervisor = true;
        LocalDate lastClinicalSupervision = SERVICE_DATE.minusDays(7);

        Provider born(LocalDate date) {
            dateOfBirth = date;
            return this;
        }

        Provider status(CertificateStatus value) {
            status = value;
            return this;
        }

        Provider suspendedUntil(LocalDate day) {
            status = CertificateStatus.SUSPENDED;
            suspension = new ProviderFacts.Suspension(day);
            return this;
        }

        Provider track(Track value) {
            track = value;
            return this;
        }

        Provider issuedOn(LocalDate date) {
            issuedOn = date;
            return this;
        }

        Provider expiresOn(LocalDate date) {
            expiresOn = date;
            return this;
        }

        Provider excluded() {
            excluded = true;
            return this;
        }

        Provider supervisors(boolean peer, boolean clinical) {
            peerSupervisor = peer;
            clinicalSupervisor = clinical;
            return this;
        }

        Provider lastClinicalSupervision(LocalDate date) {
            lastClinicalSupervision = date;
            return this;
        }

        ProviderFacts facts() {
            return new ProviderFacts(dateOfBirth, status, suspension, track, issuedOn, expiresOn, excluded, peerSupervisor, clinicalSupervisor, lastClinicalSupervision);
        }
    }

    /** Four units of H0038 for an adult consumer on {@link #SERVICE_DATE}, nothing used before; change what a test is about. */
    static final class Plan {
        String code = "H0038";
        Set<String> modifiers = Set.of();
        LocalDate serviceDate = SERVICE_DATE;
        LocalDate consumerDateOfBirth = LocalDate.of(1992, 8, 20);
        LocalDate parentDateOfBirth;
        int units = 4;
        Integer groupSize;
        int unitsAlreadyThatDay;
        BigDecimal groupHoursThisYear;
        LocalDate authorizationStart;
        int authorizationUnitsUsed;
        boolean priorAuthorized;

        Plan code(String value) {
            code = value;
            return this;
        }

        Plan serviceDate(LocalDate date) {
            serviceDate = date;
            return this;
        }

        Plan consumerBorn(LocalDate date) {
            consumerDateOfBirth = date;
            return this;
        }

        Plan parentBorn(LocalDate date) {
            parentDateOfBirth = date;
            return this;
        }

        Plan units(int value) {
            units = value;
            return this;
        }

        Plan group(Integer size) {
            modifiers = Set.of("HQ");
            groupSize = size;
            return this;
        }

        Plan groupSize(Integer size) {
            groupSize = size;
            return this;
        }

        Plan unitsAlreadyThatDay(int value) {
            unitsAlreadyThatDay = value;
            return this;
        }

        Plan groupHoursThisYear(String hours) {
            groupHoursThisYear = new BigDecimal(hours);
            return this;
        }

        Plan authorization(LocalDate start, int unitsUsed) {
            authorizationStart = start;
            authorizationUnitsUsed = unitsUsed;
            return this;
        }

        Plan priorAuthorized() {
            priorAuthorized = true;
            return this;
        }

        ServicePlan build() {
            return new ServicePlan(code, modifiers, serviceDate, consumerDateOfBirth, parentDateOfBirth, units, groupSize, unitsAlreadyThatDay,
                    groupHoursThisYear, authorizationStart, authorizationUnitsUsed, priorAuthorized);
        }
    }
}
