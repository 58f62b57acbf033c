package org.peercert.branding;

/** #28: the two pictures an office gives its certificates. */
public enum OfficeImageKind {
    /** The office's seal or logo: on the certificate, the wallet card and at the head of every page. */
    SEAL("Seal or logo"),
    /** The certifying official's signature, above their name on the wall certificate. */
    SIGNATURE("Signature of the certifying official");

    private final String label;

    OfficeImageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
