package org.peercert.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peercert.certificate.ReadinessRow;
import org.peercert.certificate.ReadinessService;
import org.peercert.platform.web.PagedModel;

/** /staff/readiness.xhtml: eligible applicants and what each still needs before a certificate (R-TRN-3). */
@Named
@ViewScoped
public class ReadinessBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReadinessService readiness;

    private transient PagedModel<ReadinessRow> rows;

    public PagedModel<ReadinessRow> getRows() {
        if (rows == null) {
            rows = new PagedModel<>((first, size) -> readiness.eligible(first, size));
        }
        return rows;
    }
}
