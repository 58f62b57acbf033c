package org.peercert.certificate;

/** The staff list's filter: part of a number or name, and a status (null for all). */
public record CertificateFilter(String text, CertificateStatus status) {
}
