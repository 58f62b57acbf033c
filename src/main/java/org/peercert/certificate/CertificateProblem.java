package org.peercert.certificate;

import org.peercert.platform.UserProblem;

/** A certificate request the rules refuse, told by message key. */
public class CertificateProblem extends UserProblem {

    private static final long serialVersionUID = 1L;

    public CertificateProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
