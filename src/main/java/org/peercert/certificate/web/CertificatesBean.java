package org.peercert.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateFilter;
import org.peercert.certificate.CertificateRecords;
import org.peercert.certificate.CertificateStatus;
import org.peercert.platform.web.PagedModel;

/** /staff/certificates.xhtml: every certificate, newest first, found by number or last name and status. */
@Named
@ViewScoped
public class CertificatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificateRecords certificates;

    private String text;
    private CertificateStatus status;
    private transient PagedModel<Certificate> rows;

    public PagedModel<Certificate> getRows() {
        if (rows == null) {
            CertificateFilter filter = new CertificateFilter(text, status);
            rows = new PagedModel<>((first, size) -> certificates.list(filter, first, size));
        }
        return rows;
    }

    public void find() {
        rows = null;
    }

    public CertificateStatus[] getStatuses() {
        return CertificateStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public void setStatus(CertificateStatus status) {
        this.status = status;
    }
}
