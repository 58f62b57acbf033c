package org.peercert.certificate;

import org.peercert.applications.CertificationApplication;

/** An eligible application and how far its applicant is from a certificate. */
public record ReadinessRow(CertificationApplication application, Readiness readiness) {
}
