package org.peercert.report.web;

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
import org.peercert.platform.UserProblem;
import org.peercert.platform.csv.RejectedLine;
import org.peercert.platform.web.FacesMessages;
import org.peercert.report.PostalAreaImport;
import org.peercert.report.PostalAreas;

/** /admin/postal-areas.xhtml: the office's postal codes with their county and region, uploaded as one CSV file (#25). */
@Named
@ViewScoped
public class PostalAreasBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FILE_FIELD = "upload:file";

    @Inject
    PostalAreas postalAreas;

    @Inject
    CurrentUser currentUser;

    private transient Part file;
    private List<RejectedLine> rejectedLines = List.of();

    public void upload() {
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            FacesMessages.fieldError(FILE_FIELD, "report.postalAreasNoFile");
            return;
        }
        try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            PostalAreaImport outcome = postalAreas.importList(currentUser.getEmail(), csv);
            rejectedLines = outcome.rejected();
            FacesMessages.fieldInfo(FILE_FIELD, outcome.rejected().isEmpty() ? "report.postalAreasImported" : "report.postalAreasKept",
                    outcome.applied(), outcome.removed(), outcome.rejected().size());
        } catch (UserProblem problem) {
            rejectedLines = List.of();
            FacesMessages.fieldError(FILE_FIELD, problem.messageKey(), problem.arguments());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
    }

    public List<PostalAreas.Region> getRegions() {
        return postalAreas.regions();
    }

    public List<RejectedLine> getRejectedLines() {
        return rejectedLines;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
