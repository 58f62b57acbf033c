package org.peercert.network.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** R-NET-3: a monthly meeting of the credentialing committee, on its regular day unless moved. */
@Entity
@Table(name = "committee_meeting")
public class CommitteeMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meets_on", nullable = false)
    private LocalDate meetsOn;

    @Column(name = "moved_from")
    private LocalDate movedFrom;

    @Version
    private long version;

    protected CommitteeMeeting() {
    }

    CommitteeMeeting(LocalDate meetsOn) {
        this.meetsOn = meetsOn;
    }

    void moveTo(LocalDate day) {
        if (movedFrom == null) {
            movedFrom = meetsOn;
        }
        meetsOn = day;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getMeetsOn() {
        return meetsOn;
    }

    public LocalDate getMovedFrom() {
        return movedFrom;
    }

    public long getVersion() {
        return version;
    }
}
