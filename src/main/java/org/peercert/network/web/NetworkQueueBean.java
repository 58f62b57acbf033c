package org.peercert.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peercert.account.web.CurrentUser;
import org.peercert.network.NetworkAudits;
import org.peercert.network.NetworkRequests;
import org.peercert.network.committee.Committee;
import org.peercert.network.committee.CommitteeMeeting;
import org.peercert.platform.UserProblem;
import org.peercert.platform.format.UsDates;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.PagedModel;
import org.peercert.platform.web.Redirects;

/** /network/index.xhtml: the network's queue with its business-day clock (R-NET-5), and the committee's coming meetings (R-NET-3). */
@Named
@ViewScoped
public class NetworkQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/network/index.xhtml";

    @Inject
    NetworkRequests requests;

    @Inject
    Committee committee;

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkAudits audits;

    private transient List<CommitteeMeeting> meetings;
    private transient List<NetworkRequests.QueueRow> ready;
    private transient Set<Long> plansOverdue;
    private final Map<Long, LocalDate> moveTo = new HashMap<>();
    private final Map<Long, Long> agendaFor = new HashMap<>();
    private boolean everyRequest;

    @PostConstruct
    void load() {
        meetings = committee.upcoming();
        ready = committee.readyForAgenda();
    }

    public void move(long meetingId, long version) {
        try {
            CommitteeMeeting moved = committee.move(currentUser.getEmail(), meetingId, version, moveTo.get(meetingId));
            FacesMessages.info("committee.moved", UsDates.shown(moved.getMeetsOn()));
            committee.dayConcerns(moved).forEach(concern -> FacesMessages.warn(concern.messageKey(), concern.arguments()));
            Redirects.to(PAGE);
        } catch (OptimisticLockException changed) {
            FacesMessages.error("network.changedMeanwhile");
        }
    }

    public void addToAgenda(long requestId) {
        Long meetingId = agendaFor.get(requestId);
        if (meetingId == null) {
            throw new UserProblem("committee.chooseMeeting");
        }
        committee.addToAgenda(currentUser.getEmail(), meetingId, requestId);
        FacesMessages.info("committee.added");
        Redirects.to(PAGE);
    }

    public List<Committee.AgendaLine> agenda(long meetingId) {
        return committee.agenda(meetingId);
    }

    /** #26: a request whose corrective action plan is overdue is marked on the queue. */
    public boolean planOverdue(long requestId) {
        if (plansOverdue == null) {
            plansOverdue = audits.plansOverdue();
        }
        return plansOverdue.contains(requestId);
    }

    public PagedModel<NetworkRequests.QueueRow> getQueue() {
        boolean openOnly = !everyRequest;
        return PagedModel.forRequest(this, (first, size) -> requests.queue(openOnly, first, size));
    }

    /** Whether the list shows decided requests too (?all=true), not only the open ones. */
    public boolean isEveryRequest() {
        return everyRequest;
    }

    public void setEveryRequest(boolean everyRequest) {
        this.everyRequest = everyRequest;
    }

    public List<CommitteeMeeting> getMeetings() {
        return meetings;
    }

    public List<NetworkRequests.QueueRow> getReady() {
        return ready;
    }

    public Map<Long, LocalDate> getMoveTo() {
        return moveTo;
    }

    public Map<Long, Long> getAgendaFor() {
        return agendaFor;
    }
}
