package org.peercert.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** #28: how the state names a track: its title, the abbreviation new certificate numbers carry, its lived experience. */
@Entity
@Table(name = "track_title")
public class TrackTitle {

    @Id
    @Enumerated(EnumType.STRING)
    private Track track;

    @Column(nullable = false, length = TrackFields.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = TrackFields.ABBREVIATION_MAX)
    private String abbreviation;

    @Column(name = "lived_experience", nullable = false, length = TrackFields.LIVED_EXPERIENCE_MAX)
    private String livedExperience;

    @Column(name = "updated_by", length = 254)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected TrackTitle() {
    }

    void change(TrackName name, String admin, Instant now) {
        title = name.title();
        abbreviation = name.abbreviation();
        livedExperience = name.livedExperience();
        updatedBy = admin;
        updatedAt = now;
    }

    public TrackName name() {
        return new TrackName(title, abbreviation, livedExperience);
    }

    public Track getTrack() {
        return track;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
