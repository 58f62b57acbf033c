package org.peercert.exam.web;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.peercert.account.web.CurrentUser;
import org.peercert.exam.ExamItem;
import org.peercert.exam.ExamPolicy;
import org.peercert.exam.ItemBankService;
import org.peercert.exam.ItemDraft;
import org.peercert.exam.ItemImport;
import org.peercert.exam.PerformanceDomain;
import org.peercert.platform.UserProblem;
import org.peercert.platform.csv.RejectedLine;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.PagedModel;

/** /staff/exam-items.xhtml: the written test's item bank held against the blueprint; write, upload and retire items (R-TRN-2). */
@Named
@ViewScoped
public class ItemBankBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FILE_FIELD = "itemUpload:file";

    @Inject
    ItemBankService bank;

    @Inject
    ExamPolicy policy;

    @Inject
    CurrentUser currentUser;

    /** Filter: a domain's name, or empty for all. */
    private String domainFilter;
    private boolean withRetired;
    private String domain;
    private String stem;
    private final String[] options = new String[ExamItem.OPTIONS];
    /** The correct option's number 1 to 4, as text (EL posts text). */
    private String correct;
    private transient Part file;
    private List<RejectedLine> rejectedLines = List.of();
    private transient PagedModel<ExamItem> items;
    private transient Map<PerformanceDomain, Long> counts;

    public void add() {
        bank.add(currentUser.getEmail(), new ItemDraft(PerformanceDomain.named(domain).orElse(null), stem, Arrays.asList(options),
                correct == null || correct.isBlank() ? 0 : Integer.parseInt(correct)));
        FacesMessages.info("exam.itemAdded");
        domain = null;
        stem = null;
        Arrays.fill(options, null);
        correct = null;
        changed();
    }

    /** An item file: good lines added, the others listed with their reasons. */
    public void importItems() {
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            FacesMessages.fieldError(FILE_FIELD, "exam.csvNoFile");
            return;
        }
        try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            ItemImport outcome = bank.importItems(currentUser.getEmail(), csv);
            rejectedLines = outcome.rejected();
            FacesMessages.fieldInfo(FILE_FIELD, "exam.csvImported", outcome.added(), outcome.rejected().size());
            changed();
        } catch (UserProblem problem) {
            rejectedLines = List.of();
            FacesMessages.fieldError(FILE_FIELD, problem.messageKey(), problem.arguments());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
    }

    public void retire(ExamItem item) {
        bank.retire(currentUser.getEmail(), item.getId());
        FacesMessages.info("exam.itemRetired");
        changed();
    }

    public void filter() {
        items = null;
    }

    private void changed() {
        items = null;
        counts = null;
    }

    public PagedModel<ExamItem> getItems() {
        if (items == null) {
            PerformanceDomain only = PerformanceDomain.named(domainFilter).orElse(null);
            items = new PagedModel<>((first, size) -> bank.items(only, withRetired, first, size));
        }
        return items;
    }

    public Map<PerformanceDomain, Long> getCounts() {
        if (counts == null) {
            counts = bank.activeCounts();
        }
        return counts;
    }

    public List<PerformanceDomain> getDomains() {
        return List.of(PerformanceDomain.values());
    }

    /** Items a form needs from a domain, under the blueprint in force. */
    public int needed(PerformanceDomain of) {
        return policy.blueprint().itemsOf(of);
    }

    public List<RejectedLine> getRejectedLines() {
        return rejectedLines;
    }

    public String getDomainFilter() {
        return domainFilter;
    }

    public void setDomainFilter(String domainFilter) {
        this.domainFilter = domainFilter;
    }

    public boolean isWithRetired() {
        return withRetired;
    }

    public void setWithRetired(boolean withRetired) {
        this.withRetired = withRetired;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getStem() {
        return stem;
    }

    public void setStem(String stem) {
        this.stem = stem;
    }

    public String[] getOptions() {
        return options;
    }

    public String getCorrect() {
        return correct;
    }

    public void setCorrect(String correct) {
        this.correct = correct;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
