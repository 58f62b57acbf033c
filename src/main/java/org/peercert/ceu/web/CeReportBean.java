package org.peercert.ceu.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.peercert.account.web.CurrentUser;
import org.peercert.ceu.CeReport;
import org.peercert.ceu.CeReports;
import org.peercert.platform.UserProblem;
import org.peercert.platform.csv.CsvLines;
import org.peercert.platform.csv.RejectedLine;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.PagedModel;

/** /provider/index.xhtml and /trainer/ce-reports.xhtml: report CE completions for many people at once (R-CEU-1). */
@Named
@ViewScoped
public class CeReportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FILE_FIELD = "report:file";

    @Inject
    CeReports reports;

    @Inject
    CurrentUser currentUser;

    private String providerName;
    private transient Part file;
    private List<RejectedLine> rejectedLines = List.of();

    @PostConstruct
    void load() {
        String email = currentUser.getEmail();
        providerName = reports.lastProviderName(email).orElse(null);
    }

    public void upload() {
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            FacesMessages.fieldError(FILE_FIELD, "ce.reportFileMissing");
            return;
        }
        try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            CeReport outcome = reports.report(currentUser.getEmail(), providerName, csv);
            rejectedLines = outcome.rejected();
            FacesMessages.fieldInfo(FILE_FIELD, "ce.reported", outcome.added(), outcome.alreadyReported(), outcome.rejected().size());
        } catch (CsvLines.Unreadable unreadable) {
            rejectedLines = List.of();
            FacesMessages.fieldError(FILE_FIELD, unreadable.isWrongHeader() ? "ce.reportWrongColumns" : "ce.reportUnreadable");
        } catch (UserProblem problem) {
            rejectedLines = List.of();
            FacesMessages.fieldError(problem.messageKey().equals("ce.provider") ? "report:providerName" : FILE_FIELD, problem.messageKey(),
                    problem.arguments());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
    }

    public String getCategoryNames() {
        return String.join(", ", reports.categoryNames());
    }

    public int getMaxLines() {
        return reports.maxLines();
    }

    public String getProviderName() {
        return providerName;
    }

    public void setProviderName(String providerName) {
        this.providerName = providerName;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<RejectedLine> getRejectedLines() {
        return rejectedLines;
    }

    public PagedModel<CeReports.Reported> getHistory() {
        String email = currentUser.getEmail();
        return PagedModel.forRequest(this, (first, size) -> reports.reportedBy(email, first, size));
    }
}
