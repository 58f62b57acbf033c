package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.certificate.credential.CredentialService;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.NodeTools;
import org.peercert.testing.TestAccounts;

/**
 * #27: a verifier that shares no code with the portal (src/test/node: jose and Digital Bazaar's Bitstring Status List
 * library on Node.js) verifies a downloaded credential end to end from the credential alone: the signature with the key
 * its kid URL answers with, the JWT claims against the credential, the issuer's profile at its id, and the holder's
 * standing in the signed status list, as it changes. Skipped where Node.js is not installed.
 */
@ExtendWith(ArquillianExtension.class)
class IndependentVerifierIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    CertificateService certificates;

    @Inject
    CredentialService credentials;

    @Inject
    ApplicationFixtures fixtures;

    @BeforeAll
    static void installTheVerifier() throws Exception {
        NodeTools.installed();
    }

    @Test
    void aLibraryThePortalDidNotWriteVerifiesTheCredentialAndFollowsItsStanding() throws Exception {
        Certificate certificate = certificates.issue(fixtures.readyForCertificate("Harper", "Independent", LocalDate.of(1994, 9, 10)).getId(),
                TestAccounts.STAFF);
        String credential = credentials.credentialOf(certificate.getNumber(), null, true);

        Map<String, Object> valid = verified(credential);
        assertEquals(Boolean.TRUE, valid.get("verified"), valid.toString());
        assertEquals("Harper Independent", valid.get("holder"));
        assertEquals("valid", valid.get("status"));

        certificates.suspend(certificate.getId(), TestAccounts.STAFF, "Complaint under review", null);
        assertEquals("suspended", verified(credential).get("status"));
        certificates.reinstate(certificate.getId(), TestAccounts.STAFF, null);
        assertEquals("valid", verified(credential).get("status"), "a suspension is reversible");
        certificates.revoke(certificate.getId(), TestAccounts.STAFF, "Misconduct", null);
        assertEquals("revoked", verified(credential).get("status"));

        String[] parts = credential.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
        Map<String, Object> refused = verified(tampered);
        assertEquals(Boolean.FALSE, refused.get("verified"), refused.toString());
    }

    private static Map<String, Object> verified(String credential) throws Exception {
        Path file = Files.createTempFile(NodeTools.installed(), "credential", ".jwt");
        try {
            Files.writeString(file, credential, StandardCharsets.US_ASCII);
            NodeTools.Result result = NodeTools.run(List.of("node", "verify-credential.mjs", file.toString()), 60);
            String lastLine = result.output().strip().lines().reduce((first, second) -> second).orElse("");
            assertTrue(lastLine.startsWith("{"), "the verifier said: " + result.output());
            return JSONObjectUtils.parse(lastLine);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
