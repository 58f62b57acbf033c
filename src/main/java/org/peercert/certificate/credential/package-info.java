/**
 * Verifiable digital credentials for certificates (R-TRN-3), in plain Java: a certificate as an Open Badges 3.0
 * {@code OpenBadgeCredential} (a W3C Verifiable Credential 2.0) secured with Open Badges 3.0's JSON Web Token proof
 * format (ES256, the portal's {@link org.peercert.certificate.credential.PortalKey}, its {@code kid} a URL that answers
 * with the key); its {@link org.peercert.certificate.credential.Standing} as a two-bit status in a Bitstring Status List
 * ({@link org.peercert.certificate.credential.StatusList}) that the portal serves as a signed status list credential;
 * the keys it trusts across rotations ({@link org.peercert.certificate.credential.TrustedKeys}); and the verify page's
 * check ({@link org.peercert.certificate.credential.CredentialVerifier}).
 *
 * <p>Specifications: 1EdTech Open Badges 3.0 (3.0.3 context); W3C Verifiable Credentials Data Model 2.0; W3C Bitstring
 * Status List v1.0; RFC 7515 (JWS), 7517 (JWK), 7519 (JWT), 7638 (JWK thumbprint). The token also meets W3C Securing
 * Verifiable Credentials using JOSE and COSE, apart from its {@code typ}.
 */
package org.peercert.certificate.credential;
