package org.peercert.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.peercert.network.committee.Committee;
import org.peercert.network.committee.CommitteeMeeting;

/** /committee/index.xhtml: the committee's coming and past meetings with their agendas (R-NET-3). */
@Named
@ViewScoped
public class CommitteeBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAST_SHOWN = 12;

    @Inject
    Committee committee;

    private transient List<CommitteeMeeting> upcoming;
    private transient List<CommitteeMeeting> past;

    @PostConstruct
    void load() {
        upcoming = committee.upcoming();
        past = committee.past(PAST_SHOWN);
    }

    public List<Committee.AgendaLine> agenda(long meetingId) {
        return committee.agenda(meetingId);
    }

    public LocalDate packetOpensOn(CommitteeMeeting meeting) {
        return committee.packetOpensOn(meeting);
    }

    public List<CommitteeMeeting> getUpcoming() {
        return upcoming;
    }

    public List<CommitteeMeeting> getPast() {
        return past;
    }
}
