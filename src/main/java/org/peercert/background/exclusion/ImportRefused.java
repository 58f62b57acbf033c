package org.peercert.background.exclusion;

/** The whole file is refused (no header, wrong header, nothing readable); the list in force stays. */
class ImportRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ImportRefused(String reason) {
        super(reason, null, false, false);
    }
}
