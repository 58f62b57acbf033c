package org.peercert.certificate;

/**
 * Fired (as a CDI event, inside the changing transaction) when a certificate is issued or changes state, for
 * features that follow certificates, such as agencies' rosters. {@code change} is null for an issue.
 */
public record CertificateChanged(long certificateId, String number, long holderId, StatusChange change, CertificateStatus status) {
}
