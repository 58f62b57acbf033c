package org.peercert.ceu.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peercert.ceu.RenewalService;
import org.peercert.ceu.WaitingRenewal;
import org.peercert.platform.web.PagedModel;

/** /staff/renewals.xhtml: submitted renewals, oldest first (R-CEU-2); ?audit=true shows those drawn for a CE audit. */
@Named
@ViewScoped
public class RenewalsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RenewalService renewals;

    private boolean auditedOnly;

    public PagedModel<WaitingRenewal> getRows() {
        return PagedModel.forRequest(this, (first, size) -> renewals.queue(auditedOnly, first, size));
    }

    public boolean isAuditedOnly() {
        return auditedOnly;
    }

    public void setAuditedOnly(boolean auditedOnly) {
        this.auditedOnly = auditedOnly;
    }
}
