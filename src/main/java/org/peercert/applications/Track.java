package org.peercert.applications;

/** The certification tracks (DOMAIN.md, "Certification tracks") with the lived experience each asks for (R-ELIG-3). */
public enum Track {
    CPS("Certified Peer Specialist",
            "I am a present or former primary consumer of mental health services."),
    PPS("Parent Peer Support Specialist",
            "I have lived experience raising a child with a Serious Emotional Disturbance (SED), a Substance Use Disorder (SUD) or a co-occurring diagnosis.");

    private final String label;
    private final String livedExperience;

    Track(String label, String livedExperience) {
        this.label = label;
        this.livedExperience = livedExperience;
    }

    public String label() {
        return label;
    }

    /** The self-identification the applicant affirms for this track. */
    public String livedExperience() {
        return livedExperience;
    }
}
