package org.peercert.applications.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peercert.account.web.CurrentUser;
import org.peercert.applications.ApplicationQueue;
import org.peercert.applications.ApplicationStatus;
import org.peercert.applications.QueueFilter;
import org.peercert.applications.QueueRow;
import org.peercert.applications.QueueSort;
import org.peercert.applications.Track;
import org.peercert.platform.web.PagedModel;

/** /staff/applications.xhtml: the work queue, oldest submission first, overdue ones marked. */
@Named
@ViewScoped
public class ApplicationQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationQueue applicationQueue;

    @Inject
    CurrentUser currentUser;

    private ApplicationStatus status;
    private Track track;
    private boolean mine;
    private String search;
    private Integer olderThanDays;
    private String assignee;
    private QueueSort sort = QueueSort.OLDEST_FIRST;
    private boolean pastTargetDate;

    public boolean isPastTargetDate() {
        return pastTargetDate;
    }

    public void setPastTargetDate(boolean pastTargetDate) {
        this.pastTargetDate = pastTargetDate;
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public Track[] getTracks() {
        return Track.values();
    }

    public QueueSort[] getSorts() {
        return QueueSort.values();
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Integer getOlderThanDays() {
        return olderThanDays;
    }

    public void setOlderThanDays(Integer olderThanDays) {
        this.olderThanDays = olderThanDays;
    }

    public QueueSort getSort() {
        return sort;
    }

    public void setSort(QueueSort sort) {
        this.sort = sort;
    }

    public PagedModel<QueueRow> getRows() {
        return PagedModel.forRequest(this, (first, size) -> applicationQueue.queue(
                new QueueFilter(status, track, mine ? currentUser.getEmail() : assignee, search, olderThanDays, sort, pastTargetDate), first, size));
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public Track getTrack() {
        return track;
    }

    public void setTrack(Track track) {
        this.track = track;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
