/**
 * Verifiable digital credentials for certificates (R-TRN-3), in plain Java: a certificate as an Open Badges 3.0
 * {@code OpenBadgeCredential} (a W3C Verifiable Credential 2.0) secured with JOSE ({@code application/vc+jwt}, ES256,
 * the portal's {@link org.peercert.certificate.credential.PortalKey}); its revocation and suspension as bits in
 * Bitstring Status Lists ({@link org.peercert.certificate.credential.StatusList}) that the portal serves as signed
 * status list credentials; and the verify page's check
 * ({@link org.peercert.certificate.credential.CredentialVerifier}).
 *
 * <p>Specifications: 1EdTech Open Badges 3.0; W3C Verifiable Credentials Data Model 2.0; W3C Securing Verifiable
 * Credentials using JOSE and COSE; W3C Bitstring Status List v1.0.
 */
package org.peercert.certificate.credential;
