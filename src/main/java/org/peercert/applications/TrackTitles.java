package org.peercert.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peercert.account.EmailAddress;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.platform.Remembered;

/**
 * #28: the state's names of its two tracks, as every page, mail, document and report shows them ({@code
 * #{tracks.title(t)}}); an administrator changes them. Read on every page, so kept in memory: read again after a change
 * here, or after a minute (another node's change).
 */
@ApplicationScoped
@Named("tracks")
@Transactional
public class TrackTitles {

    private static final Duration READ_AGAIN = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    private final Remembered<Map<Track, TrackName>> names = new Remembered<>(READ_AGAIN, this::read);

    @Transactional(Transactional.TxType.SUPPORTS)
    public String title(Track track) {
        return name(track).title();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String abbreviation(Track track) {
        return name(track).abbreviation();
    }

    /** The self-identification an applicant affirms for this track (R-ELIG-3). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String livedExperience(Track track) {
        return name(track).livedExperience();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrackName name(Track track) {
        return names.get().get(track);
    }

    private Map<Track, TrackName> read() {
        Map<Track, TrackName> byTrack = new EnumMap<>(Track.class);
        all().forEach(t -> byTrack.put(t.getTrack(), t.name()));
        return byTrack;
    }

    /** Both tracks' records, for the administrator's page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrackTitle> all() {
        return em.createQuery("select t from TrackTitle t order by t.track", TrackTitle.class).getResultList();
    }

    /**
     * Renames a track: pages, mails and documents say the new title at once, new certificate numbers carry the new
     * abbreviation; numbers already issued stay as they are.
     */
    public TrackName change(String admin, Track track, long seenVersion, TrackName typed) {
        TrackTitle title = em.find(TrackTitle.class, track, LockModeType.PESSIMISTIC_WRITE);
        if (title.getVersion() != seenVersion) {
            throw new ApplicationProblem("track.changedMeanwhile");
        }
        Track other = track == Track.CPS ? Track.PPS : Track.CPS;
        TrackName checked = TrackFields.checked(typed, em.find(TrackTitle.class, other).name().abbreviation());
        TrackName before = title.name();
        title.change(checked, EmailAddress.normalize(admin), clock.instant());
        names.forget();
        audit.record(admin, AuditAction.TRACK_RENAMED, track.name(), before.title() + " (" + before.abbreviation() + ") -> "
                + checked.title() + " (" + checked.abbreviation() + ")");
        return checked;
    }
}
