package org.peercert.applications;

/**
 * The two kinds of certification track the rules know (DOMAIN.md, "Certification tracks"): adult peer support and parent
 * peer support. How a state names them, and the lived experience each asks for (R-ELIG-3), is data: {@link TrackTitles}.
 */
public enum Track {
    /** Adult peer support: a present or former primary consumer of mental health services. */
    CPS,
    /** Parent peer support: a parent or caregiver with lived experience raising a child with SED, SUD or both. */
    PPS
}
