package org.peercert.applications;

/**
 * #28: a track as the state names it.
 *
 * @param title what pages, mails, certificates and credentials call it ("Certified Peer Specialist")
 * @param abbreviation what new certificate numbers carry for it ("CPS")
 * @param livedExperience the self-identification an applicant affirms for it (R-ELIG-3)
 */
public record TrackName(String title, String abbreviation, String livedExperience) {

    /** "Certified Peer Specialist (CPS)": the title with the abbreviation people see in certificate numbers. */
    public String titleWithAbbreviation() {
        return title + " (" + abbreviation + ")";
    }
}
