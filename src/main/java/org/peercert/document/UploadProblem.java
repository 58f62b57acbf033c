package org.peercert.document;

import org.peercert.platform.UserProblem;

/** An upload refused for what it is: wrong type, empty, too large or unreadable. */
public class UploadProblem extends UserProblem {

    public UploadProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
