package org.peercert.account.web;

import org.peercert.account.AccountProblem;
import org.peercert.platform.web.FacesMessages;

/** Puts an account problem next to the field it concerns, or at the top of the page. */
final class ProblemMessages {

    private ProblemMessages() {
    }

    static void show(String formId, AccountProblem problem) {
        if (problem.field() == null) {
            FacesMessages.error(problem.messageKey(), problem.arguments());
        } else {
            FacesMessages.fieldError(formId + ":" + problem.field(), problem.messageKey(), problem.arguments());
        }
    }
}
