package org.peercert.agency.attest;

import java.time.LocalDate;
import java.util.List;

/**
 * One person of a roster document as it stood on its day: what the roster page shows, in words, so an
 * attestation keeps saying what it said whatever the labels or the person's record become.
 */
public record AttestedPerson(String name, String certificateNumber, String track, String certificateStatus, LocalDate expiresOn,
        String ceHours, String peerSupervisor, String clinicalSupervisor, String exclusion, boolean eligible, List<String> reasons) {

    public AttestedPerson {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
