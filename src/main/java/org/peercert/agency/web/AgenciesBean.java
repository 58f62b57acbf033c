package org.peercert.agency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.peercert.account.web.CurrentUser;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyService;
import org.peercert.agency.AgencyStatus;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.PagedModel;
import org.peercert.platform.web.Redirects;
import org.peercert.supervision.Qualification;
import org.peercert.supervision.QualificationStatus;
import org.peercert.supervision.SupervisionService;

/**
 * /staff/agencies.xhtml: staff verify agencies and supervisors' qualifications (R-SUP-1), or refuse them with a reason,
 * and find any agency to manage its administrators.
 */
@Named
@ViewScoped
public class AgenciesBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/staff/agencies.xhtml";

    @Inject
    AgencyService agencies;

    @Inject
    SupervisionService supervision;

    @Inject
    CurrentUser currentUser;

    private final Map<Long, String> reasons = new HashMap<>();
    private String search;

    public void decideAgency(long agencyId, long version, boolean verify, String name) {
        try {
            agencies.decide(currentUser.getEmail(), agencyId, version, verify ? AgencyStatus.VERIFIED : AgencyStatus.REJECTED, reasons.get(agencyId));
            FacesMessages.info(verify ? "agency.verified" : "agency.rejected", name);
            Redirects.to(PAGE);
        } catch (OptimisticLockException changed) {
            FacesMessages.error("agency.unknown");
        }
    }

    public void decideQualification(long qualificationId, long version, boolean verify) {
        QualificationStatus decision = verify ? QualificationStatus.VERIFIED : QualificationStatus.REJECTED;
        try {
            Qualification decided = supervision.decide(currentUser.getEmail(), qualificationId, version, decision, reasons.get(-qualificationId));
            FacesMessages.info("supervision.decided", decided.getKind().label(), decision.label());
            Redirects.to(PAGE);
        } catch (OptimisticLockException changed) {
            FacesMessages.error("supervision.unknown");
        }
    }

    public PagedModel<Agency> getPendingAgencies() {
        return PagedModel.forRequest(this, "agencies", (first, size) -> agencies.list(AgencyStatus.PENDING, first, size));
    }

    public PagedModel<SupervisionService.PendingQualification> getPendingQualifications() {
        return PagedModel.forRequest(this, "qualifications", (first, size) -> supervision.pending(first, size));
    }

    /** Every agency, found by name or NPI (?q=), each leading to its page of administrators (#26). */
    public PagedModel<Agency> getAllAgencies() {
        return PagedModel.forRequest(this, "all", (first, size) -> agencies.search(search, first, size));
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    /** Reasons typed per row: agencies by their id, qualifications by the negated id. */
    public Map<Long, String> getReasons() {
        return reasons;
    }
}
