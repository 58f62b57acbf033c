package org.peercert.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;

/** R-TRN-1: the curriculum as versioned data; a new version is published by an administrator, cohorts keep theirs. */
@ApplicationScoped
@Transactional
public class CurriculumService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditService audit;

    @Inject
    TrainingPolicy trainingPolicy;

    /** The curriculum new cohorts start with: the newest version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CurriculumVersion currentCurriculum() {
        return em.createQuery("select v from CurriculumVersion v left join fetch v.modules "
                + "where v.id = (select max(latest.id) from CurriculumVersion latest)", CurriculumVersion.class).getSingleResult();
    }

    /** Every curriculum version, newest first, with how many cohorts use it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CurriculumVersionRow> curriculumVersions() {
        Map<Long, Long> cohorts = new HashMap<>();
        em.createQuery("select c.curriculum.id, count(c) from Cohort c group by c.curriculum.id", Object[].class).getResultList()
                .forEach(r -> cohorts.put((Long) r[0], (Long) r[1]));
        return em.createQuery("select distinct v from CurriculumVersion v left join fetch v.modules order by v.id desc", CurriculumVersion.class)
                .getResultList().stream().map(v -> new CurriculumVersionRow(v, cohorts.getOrDefault(v.getId(), 0L))).toList();
    }

    /**
     * R-TRN-1: an administrator changes the curriculum by publishing a new version, which new cohorts start
     * with; cohorts already open keep theirs. The modules must add up to the configured length (40 hours).
     */
    public CurriculumVersion publishCurriculum(String adminEmail, String label, List<ModuleDraft> drafts) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new TrainingProblem("training.curriculumLabel");
        }
        if (drafts.isEmpty()) {
            throw new TrainingProblem("training.curriculumEmpty");
        }
        Map<String, Integer> minutesByTitle = new LinkedHashMap<>();
        for (ModuleDraft draft : drafts) {
            String title = draft.title() == null ? "" : draft.title().strip();
            if (title.isEmpty() || title.length() > 200) {
                throw new TrainingProblem("training.moduleTitle", minutesByTitle.size() + 1);
            }
            int minutes;
            try {
                minutes = Hours.minutesOf(draft.hours());
            } catch (IllegalArgumentException notHours) {
                minutes = 0;
            }
            if (minutes <= 0) {
                throw new TrainingProblem("training.moduleHours", title);
            }
            if (minutesByTitle.keySet().stream().anyMatch(t -> t.equalsIgnoreCase(title))) {
                throw new TrainingProblem("training.moduleTwice", title);
            }
            minutesByTitle.put(title, minutes);
        }
        int total = minutesByTitle.values().stream().mapToInt(Integer::intValue).sum();
        if (total != trainingPolicy.curriculumHours() * 60) {
            throw new TrainingProblem("training.curriculumTotal", Hours.of(total), trainingPolicy.curriculumHours());
        }
        CurriculumVersion version = new CurriculumVersion(name, adminEmail, clock.instant());
        em.persist(version);
        int position = 0;
        for (Map.Entry<String, Integer> module : minutesByTitle.entrySet()) {
            em.persist(new CurriculumModule(version, ++position, module.getKey(), module.getValue()));
        }
        em.flush();
        audit.record(adminEmail, AuditAction.CURRICULUM_PUBLISHED, "CURRICULUM-" + version.getId(), name + ", " + position + " modules");
        return version;
    }

    /** The modules of a curriculum version, in order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CurriculumModule> modulesOf(CurriculumVersion curriculum) {
        return em.createQuery("select m from CurriculumModule m where m.version.id = :v order by m.sortOrder", CurriculumModule.class)
                .setParameter("v", curriculum.getId()).getResultList();
    }
}
