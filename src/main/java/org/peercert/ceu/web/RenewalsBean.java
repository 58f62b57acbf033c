package org.peercert.ceu.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peercert.ceu.Renewal;
import org.peercert.ceu.RenewalService;
import org.peercert.platform.web.PagedModel;

/** /staff/renewals.xhtml: submitted renewals, oldest first (R-CEU-2). */
@Named
@ViewScoped
public class RenewalsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RenewalService renewals;

    private transient PagedModel<Renewal> rows;

    public PagedModel<Renewal> getRows() {
        if (rows == null) {
            rows = new PagedModel<>((first, size) -> renewals.queue(first, size));
        }
        return rows;
    }
}
