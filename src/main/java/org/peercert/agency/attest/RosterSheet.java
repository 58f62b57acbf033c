package org.peercert.agency.attest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What a roster PDF prints: the agency, the day its verdicts are for, who made it and when, and each person.
 * An attestation also carries its code and the address where anyone checks it; a plain export has neither.
 */
public record RosterSheet(String agencyName, String agencyNpi, LocalDate asOf, ZonedDateTime madeAt, String madeBy,
        List<AttestedPerson> people, String code, String verifyUrl) {

    public RosterSheet {
        people = List.copyOf(people);
    }

    public boolean isAttestation() {
        return code != null;
    }

    public long eligibleCount() {
        return people.stream().filter(AttestedPerson::eligible).count();
    }
}
