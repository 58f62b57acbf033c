package org.peercert.applications;

import java.time.LocalDate;
import java.time.Period;

/** The eligibility rules of DOMAIN.md as plain functions. */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    /**
     * R-ELIG-1: at least {@code minimumAge} on the application date. Exact on the birthday; someone born
     * on 29 February comes of age on 1 March in a year without one (Java's calendar arithmetic, as most
     * state statutes count it).
     */
    public static boolean isOldEnough(LocalDate dateOfBirth, LocalDate applicationDate, int minimumAge) {
        return dateOfBirth != null && !dateOfBirth.isAfter(applicationDate)
                && Period.between(dateOfBirth, applicationDate).getYears() >= minimumAge;
    }

    /** R-ELIG-3: the lived experience affirmed, a recovery statement of some substance, and a signature that is the applicant's legal name. */
    public static boolean isAttested(boolean livedExperienceAffirmed, String recoveryStatement, int minimumStatementLength,
                                     String typedSignature, String legalFirstName, String legalLastName) {
        return livedExperienceAffirmed
                && recoveryStatement != null && recoveryStatement.strip().length() >= minimumStatementLength
                && signatureMatches(typedSignature, legalFirstName, legalLastName);
    }

    /** The typed signature is the legal name, ignoring case and extra spaces. */
    public static boolean signatureMatches(String typedSignature, String legalFirstName, String legalLastName) {
        if (typedSignature == null || legalFirstName == null || legalLastName == null) {
            return false;
        }
        return squash(typedSignature).equalsIgnoreCase(squash(legalFirstName + " " + legalLastName));
    }

    private static String squash(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
