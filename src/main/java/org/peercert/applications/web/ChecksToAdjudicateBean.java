package org.peercert.applications.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peercert.applications.ApplicationChecks;
import org.peercert.applications.CheckToAdjudicate;
import org.peercert.applications.QueueSearch;
import org.peercert.platform.web.PagedModel;

/** /staff/checks.xhtml: background checks waiting for a second staff member's decision (R-BG-2), oldest first; ?q= finds one applicant among many. */
@Named
@ViewScoped
public class ChecksToAdjudicateBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationChecks checks;

    private String search;

    public PagedModel<CheckToAdjudicate> getRows() {
        return PagedModel.forRequest(this, (first, size) -> checks.awaitingAdjudication(QueueSearch.of(search), first, size));
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
