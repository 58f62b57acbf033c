package org.peercert.applications.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import org.peercert.account.web.CurrentUser;
import org.peercert.applications.Track;
import org.peercert.applications.TrackName;
import org.peercert.applications.TrackTitle;
import org.peercert.applications.TrackTitles;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/** /admin/tracks.xhtml: how the state names its two tracks (#28), one form each. */
@Named
@ViewScoped
public class TracksBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrackTitles trackTitles;

    @Inject
    CurrentUser currentUser;

    private final Map<Track, Typed> typed = new EnumMap<>(Track.class);

    /** What the administrator types for one track, with the version the page showed. */
    public static final class Typed implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String abbreviation;
        private String livedExperience;
        private long version;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getAbbreviation() {
            return abbreviation;
        }

        public void setAbbreviation(String abbreviation) {
            this.abbreviation = abbreviation;
        }

        public String getLivedExperience() {
            return livedExperience;
        }

        public void setLivedExperience(String livedExperience) {
            this.livedExperience = livedExperience;
        }
    }

    @PostConstruct
    void read() {
        for (TrackTitle title : trackTitles.all()) {
            Typed t = new Typed();
            t.title = title.name().title();
            t.abbreviation = title.name().abbreviation();
            t.livedExperience = title.name().livedExperience();
            t.version = title.getVersion();
            typed.put(title.getTrack(), t);
        }
    }

    public void save(Track track) {
        Typed t = typed.get(track);
        TrackName saved = trackTitles.change(currentUser.getEmail(), track, t.version,
                new TrackName(t.title, t.abbreviation, t.livedExperience));
        FacesMessages.info("track.saved", saved.title(), saved.abbreviation());
        Redirects.to("/admin/tracks.xhtml");
    }

    public Map<Track, Typed> getTyped() {
        return typed;
    }
}
