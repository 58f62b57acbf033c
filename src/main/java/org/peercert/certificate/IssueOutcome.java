package org.peercert.certificate;

/** One line of a batch issue's report: the certificate number, or why none was issued. */
public record IssueOutcome(long applicationId, String certificateNumber, String problemKey, Object[] problemArguments) {

    static IssueOutcome issued(long applicationId, String number) {
        return new IssueOutcome(applicationId, number, null, new Object[0]);
    }

    static IssueOutcome refused(long applicationId, CertificateProblem problem) {
        return new IssueOutcome(applicationId, null, problem.messageKey(), problem.arguments());
    }

    public boolean isIssued() {
        return certificateNumber != null;
    }
}
