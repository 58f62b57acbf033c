package org.peercert.certificate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.peercert.certificate.CertificateNumbering;
import org.peercert.certificate.CertificateRecords;
import org.peercert.certificate.PublicCertificate;
import org.peercert.certificate.credential.CredentialService;
import org.peercert.certificate.credential.CredentialVerifier;
import org.peercert.certificate.credential.Verdict;
import org.peercert.platform.UserProblem;
import org.peercert.platform.format.UsDates;
import org.peercert.platform.web.FacesMessages;

/** /verify (and /verify/{number}, which the QR codes hold): anyone checks a certificate by number or by name. */
@Named
@RequestScoped
public class VerifyBean {

    @Inject
    CertificateRecords certificates;

    @Inject
    CredentialService credentials;

    private String number;
    private String lastName;
    private String firstName;
    private List<PublicCertificate> results;
    private boolean searched;
    private String credential;
    private Part credentialFile;
    private Verdict verdict;

    /** A GET with ?number= (a QR code, a link, a bookmark) or ?last=&amp;first= looks it up at once. */
    public void onLoad() {
        if (number != null && !number.isBlank()) {
            byNumber();
        } else if (lastName != null && !lastName.isBlank()) {
            byName();
        }
    }

    public void byNumber() {
        searched = true;
        results = List.of();
        Optional<String> normalized = CertificateNumbering.normalize(number);
        if (normalized.isEmpty()) {
            FacesMessages.fieldError("byNumber:number", number == null || number.isBlank() ? "verify.nothingToSearch" : "verify.numberMalformed");
            return;
        }
        number = normalized.get();
        results = certificates.lookUp(number).map(List::of).orElse(List.of());
        if (results.isEmpty()) {
            FacesMessages.fieldError("byNumber:number", "verify.numberUnknown", number);
        }
    }

    public void byName() {
        searched = true;
        results = List.of();
        try {
            results = certificates.searchByName(lastName, firstName);
        } catch (UserProblem problem) {
            FacesMessages.fieldError("byName:lastName", problem.messageKey(), problem.arguments());
            return;
        }
        if (results.isEmpty()) {
            FacesMessages.fieldError("byName:lastName", "verify.noneByName");
        }
    }

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

    public String statusText(PublicCertificate c) {
        return switch (c.status()) {
            case ACTIVE -> "Active: valid for practice";
            case SUSPENDED -> c.suspendedUntil() == null ? "Suspended: not valid for practice"
                    : "Suspended until " + UsDates.shown(c.suspendedUntil()) + ": not valid for practice";
            case REVOKED -> "Revoked: not valid for practice";
            case EXPIRED -> "Expired: not valid for practice";
            case INACTIVE -> "Inactive at the holder's request: not valid for practice";
        };
    }

    public List<PublicCertificate> getResults() {
        return results == null ? List.of() : results;
    }

    public boolean isSearched() {
        return searched;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }
}
