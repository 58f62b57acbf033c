package org.peercert.network;

/** R-NET-1: the documents an agency's credentialing request carries. */
public enum NetworkDocumentKind {
    LIABILITY_INSURANCE("Certificate of liability insurance"),
    ACCREDITATION("Accreditation certificate"),
    SUPERVISION_PLAN("Supervision plan for peer support specialists"),
    RECORD_KEEPING("Record-keeping protocols (e.g. contact notes)"),
    /** Sent after the audit when it asks for one (#26), not with the request. */
    CORRECTIVE_ACTION_PLAN("Corrective action plan");

    private final String label;

    NetworkDocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accreditation is asked only of an agency that says it is accredited; the rest of everyone but the plan. */
    public boolean requiredOf(boolean accredited) {
        return this != CORRECTIVE_ACTION_PLAN && (this != ACCREDITATION || accredited);
    }

    /** Sent with the request (the plan comes later, on its own). */
    public boolean withRequest() {
        return this != CORRECTIVE_ACTION_PLAN;
    }
}
