package org.peercert.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.peercert.account.web.CurrentUser;
import org.peercert.platform.web.FacesMessages;
import org.peercert.training.CurriculumService;
import org.peercert.training.CurriculumVersion;
import org.peercert.training.CurriculumVersionRow;
import org.peercert.training.Hours;
import org.peercert.training.ModuleDraft;

/** /admin/curriculum.xhtml: the curriculum versions, and the next one written from the current (R-TRN-1). */
@Named
@ViewScoped
public class CurriculumBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurriculumService curriculumService;

    @Inject
    CurrentUser currentUser;

    /** A module row being edited: title and hours as typed. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String hours;

        Row(String title, String hours) {
            this.title = title;
            this.hours = hours;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getHours() {
            return hours;
        }

        public void setHours(String hours) {
            this.hours = hours;
        }
    }

    private String label;
    private final List<Row> rows = new ArrayList<>();
    private transient List<CurriculumVersionRow> versions;

    @PostConstruct
    void startFromCurrent() {
        CurriculumVersion current = curriculumService.currentCurriculum();
        label = current.getLabel();
        rows.clear();
        curriculumService.modulesOf(current).forEach(m -> rows.add(new Row(m.getTitle(), m.getHours())));
    }

    public void publish() {
        CurriculumVersion published = curriculumService.publishCurriculum(currentUser.getEmail(), label,
                rows.stream().map(r -> new ModuleDraft(r.getTitle(), r.getHours())).toList());
        FacesMessages.info("training.curriculumPublished", published.getLabel());
        versions = null;
        startFromCurrent();
    }

    public void addRow() {
        rows.add(new Row("", ""));
    }

    public void remove(int index) {
        rows.remove(index);
    }

    public void moveUp(int index) {
        if (index > 0) {
            Collections.swap(rows, index, index - 1);
        }
    }

    /** The hours the rows add up to as typed, for the editor's running total. */
    public String getTotal() {
        int minutes = 0;
        for (Row row : rows) {
            try {
                minutes += Hours.minutesOf(row.getHours());
            } catch (IllegalArgumentException notHours) {
                // counted once it is a number
            }
        }
        return Hours.of(minutes);
    }

    public List<CurriculumVersionRow> getVersions() {
        if (versions == null) {
            versions = curriculumService.curriculumVersions();
        }
        return versions;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
