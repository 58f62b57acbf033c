package org.peercert.certificate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.peercert.certificate.credential.CredentialService;
import org.peercert.certificate.credential.CredentialVerifier;
import org.peercert.certificate.credential.Verdict;
import org.peercert.platform.web.FacesMessages;

/** The digital credential form of /verify.xhtml: is a presented credential PeerCert's, and is its certificate current? */
@Named
@RequestScoped
public class CredentialCheckBean {

    @Inject
    CredentialService credentials;

    private String credential;
    private Part credentialFile;
    private Verdict verdict;

    /** A credential pasted or uploaded: is its signature the portal's, and is the certificate current? */
    public void checkCredential() {
        verdict = null;
        String presented = credential;
        if (credentialFile != null && credentialFile.getSize() > 0) {
            if (credentialFile.getSize() > CredentialVerifier.MAXIMUM_CREDENTIAL_LENGTH) {
                FacesMessages.fieldError("byCredential:credential", "verify.credentialTooLarge", CredentialVerifier.MAXIMUM_CREDENTIAL_LENGTH / 1000);
                return;
            }
            presented = read(credentialFile);
        }
        if (presented == null || presented.isBlank()) {
            FacesMessages.fieldError("byCredential:credential", "verify.credentialMissing");
            return;
        }
        verdict = credentials.verify(presented);
    }

    private static String read(Part file) {
        try (InputStream in = file.getInputStream()) {
            return new String(in.readNBytes(CredentialVerifier.MAXIMUM_CREDENTIAL_LENGTH + 1), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getCredential() {
        return credential;
    }

    public void setCredential(String credential) {
        this.credential = credential;
    }

    public Part getCredentialFile() {
        return credentialFile;
    }

    public void setCredentialFile(Part credentialFile) {
        this.credentialFile = credentialFile;
    }

}
