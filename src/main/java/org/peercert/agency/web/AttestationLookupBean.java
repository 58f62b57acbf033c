package org.peercert.agency.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.peercert.agency.attest.AttestedPerson;
import org.peercert.agency.attest.RosterAttestation;
import org.peercert.agency.attest.RosterAttestations;
import org.peercert.platform.web.FacesMessages;

/** /verify?attestation=CODE and the page's attestation form: anyone reads what a roster attestation said on its day. */
@Named
@RequestScoped
public class AttestationLookupBean {

    @Inject
    RosterAttestations attestations;

    private String attestationCode;
    private RosterAttestation attestation;
    private List<AttestedPerson> attestedPeople = List.of();

    /** A GET with ?attestation= (the QR code on an attestation's PDF) looks it up at once. */
    public void onLoad() {
        if (attestationCode != null && !attestationCode.isBlank()) {
            byAttestation();
        }
    }

    public void byAttestation() {
        attestation = null;
        attestedPeople = List.of();
        if (attestationCode == null || attestationCode.isBlank()) {
            FacesMessages.fieldError("byAttestation:attestationCode", "verify.attestationMissing");
            return;
        }
        Optional<RosterAttestation> found = attestations.byCode(attestationCode);
        if (found.isEmpty()) {
            FacesMessages.fieldError("byAttestation:attestationCode", "verify.attestationUnknown", attestationCode.strip());
            return;
        }
        attestation = found.get();
        attestationCode = attestation.getDisplayCode();
        attestedPeople = attestations.peopleOf(attestation);
    }

    public RosterAttestation getAttestation() {
        return attestation;
    }

    public List<AttestedPerson> getAttestedPeople() {
        return attestedPeople;
    }

    public String getAttestationCode() {
        return attestationCode;
    }

    public void setAttestationCode(String attestationCode) {
        this.attestationCode = attestationCode;
    }
}
