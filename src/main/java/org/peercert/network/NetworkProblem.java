package org.peercert.network;

import org.peercert.platform.UserProblem;

/** A payer-network credentialing request the rules refuse (R-NET-3, R-NET-5), told by message key. */
public class NetworkProblem extends UserProblem {

    private static final long serialVersionUID = 1L;

    public NetworkProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
