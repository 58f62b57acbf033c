package org.peercert.network;

/** R-NET-1: the documents an agency's credentialing request carries. */
public enum NetworkDocumentKind {
    LIABILITY_INSURANCE("Certificate of liability insurance"),
    ACCREDITATION("Accreditation certificate"),
    SUPERVISION_PLAN("Supervision plan for peer support specialists"),
    RECORD_KEEPING("Record-keeping protocols (e.g. contact notes)");

    private final String label;

    NetworkDocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accreditation is asked only of an agency that says it is accredited; the rest of everyone. */
    public boolean requiredOf(boolean accredited) {
        return this != ACCREDITATION || accredited;
    }
}
