package org.peercert.background.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.peercert.account.web.CurrentUser;
import org.peercert.background.exclusion.ExclusionImport;
import org.peercert.background.exclusion.ExclusionImports;
import org.peercert.background.exclusion.ImportRejectRow;
import org.peercert.background.exclusion.ImportRunner;
import org.peercert.background.exclusion.ImportStatus;
import org.peercert.background.exclusion.ScreeningRun;
import org.peercert.background.exclusion.ScreeningService;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.PagedModel;

/** /staff/exclusions.xhtml: the list in force, uploads, the history of imports and each import's rejected lines (R-BG-3). */
@Named
@ViewScoped
public class ExclusionListsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FILE_FIELD = "upload:file";

    @Inject
    ExclusionImports imports;

    @Inject
    ImportRunner runner;

    @Inject
    ScreeningService screening;

    @Inject
    CurrentUser currentUser;

    private transient Part file;
    private Long rejectsOf;
    private transient PagedModel<ExclusionImport> history;
    private transient PagedModel<ImportRejectRow> rejects;
    private transient Optional<ExclusionImport> inForce;
    private transient Optional<ScreeningRun> lastRun;
    private transient Boolean busy;

    public void upload() {
        if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
            FacesMessages.fieldError(FILE_FIELD, "exclusion.noFile");
            return;
        }
        try {
            ExclusionImport queued = runner.upload(currentUser.getEmail(), file.getSubmittedFileName(), file.getInputStream());
            FacesMessages.fieldInfo(FILE_FIELD, "exclusion.queued", queued.getId());
        } catch (UserProblem problem) {
            FacesMessages.fieldError(FILE_FIELD, problem.messageKey(), problem.arguments());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
    }

    /** Read once per render: the page shows these in several places. */
    public void refresh() {
        inForce = null;
        lastRun = null;
        busy = null;
    }

    public Optional<ExclusionImport> getInForce() {
        if (inForce == null) {
            inForce = imports.inForce();
        }
        return inForce;
    }

    public Optional<ScreeningRun> getLastRun() {
        if (lastRun == null) {
            lastRun = screening.lastRun();
        }
        return lastRun;
    }

    /** While an import waits or runs, the page refreshes its table. */
    public boolean isBusy() {
        if (busy == null) {
            busy = imports.history(0, 5).rows().stream().anyMatch(i -> i.getStatus() == ImportStatus.PENDING || i.getStatus() == ImportStatus.RUNNING);
        }
        return busy;
    }

    public PagedModel<ExclusionImport> getHistory() {
        if (history == null) {
            history = new PagedModel<>((first, size) -> imports.history(first, size));
        }
        return history;
    }

    public void showRejects(ExclusionImport imported) {
        rejectsOf = imported.getId();
        rejects = null;
    }

    public PagedModel<ImportRejectRow> getRejects() {
        if (rejects == null && rejectsOf != null) {
            long importId = rejectsOf;
            rejects = new PagedModel<>((first, size) -> imports.rejects(importId, first, size));
        }
        return rejects;
    }

    public Long getRejectsOf() {
        return rejectsOf;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
