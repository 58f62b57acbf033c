package org.peercert.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peercert.account.web.CurrentUser;
import org.peercert.applications.QueueSearch;
import org.peercert.certificate.CertificateService;
import org.peercert.certificate.IssueOutcome;
import org.peercert.certificate.ReadinessRow;
import org.peercert.certificate.ReadinessService;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.PagedModel;

/** /staff/readiness.xhtml: eligible applicants, what each still needs, and issuing one certificate or a batch (R-TRN-3). */
@Named
@ViewScoped
public class ReadinessBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReadinessService readiness;

    @Inject
    CertificateService certificates;

    @Inject
    CurrentUser currentUser;

    private final Map<Long, Boolean> selected = new HashMap<>();
    private String search;

    public PagedModel<ReadinessRow> getRows() {
        return PagedModel.forRequest(this, (first, size) -> readiness.eligible(QueueSearch.of(search), first, size));
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public void issue(long applicationId) {
        try {
            FacesMessages.info("certificate.issued", certificates.issue(applicationId, currentUser.getEmail()).getNumber());
        } finally {
            selected.remove(applicationId);
        }
    }

    public void issueSelected() {
        List<Long> ids = selected.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).sorted().toList();
        if (ids.isEmpty()) {
            FacesMessages.error("certificate.noneSelected");
            return;
        }
        List<IssueOutcome> outcomes = certificates.issueAll(ids, currentUser.getEmail());
        long issued = outcomes.stream().filter(IssueOutcome::isIssued).count();
        FacesMessages.info("certificate.batchIssued", issued, outcomes.size() - issued);
        outcomes.stream().filter(o -> !o.isIssued()).forEach(o -> FacesMessages.error(o.problemKey(), o.problemArguments()));
        selected.clear();
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }
}
