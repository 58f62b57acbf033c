package org.peercert.agency;

/** What an agency administrator gives to register the agency. */
public record AgencyDraft(String legalName, String npi, String medicaidId, String street, String city, String state, String postalCode,
        String contactName, String contactEmail, String contactPhone) {
}
