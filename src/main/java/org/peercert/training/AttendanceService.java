package org.peercert.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.platform.csv.CsvLines;
import org.peercert.platform.csv.LineChecks;
import org.peercert.platform.csv.LineRejected;
import org.peercert.platform.csv.RejectedLine;

/** Attendance per person and module, typed in the grid or uploaded as CSV (person,module,hours). */
@ApplicationScoped
@Transactional
public class AttendanceService {

    private static final List<String> ATTENDANCE_HEADER = List.of("person", "module", "hours");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditService audit;

    @Inject
    CurriculumService curriculumService;

    @Inject
    CohortService cohortService;

    @Inject
    SeatService seatService;

    /** Minutes recorded in the cohort, by person and module: key {@code applicantId:moduleId}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Integer> attendance(long cohortId) {
        Map<String, Integer> minutes = new HashMap<>();
        em.createQuery("select a from ModuleAttendance a where a.cohortId = :c", ModuleAttendance.class).setParameter("c", cohortId)
                .getResultList().forEach(a -> minutes.put(cell(a.getApplicantId(), a.getModuleId()), a.getMinutes()));
        return minutes;
    }

    public static String cell(long applicantId, long moduleId) {
        return applicantId + ":" + moduleId;
    }

    /**
     * Records the whole grid at once: minutes per enrolled person and module, from none to the module's
     * length. Anything out of range refuses the whole save, so nothing is half-written.
     */
    public int recordAttendance(String trainerEmail, long cohortId, Map<String, Integer> minutesByCell) {
        Cohort cohort = cohortService.openCohortLocked(trainerEmail, cohortId);
        Map<Long, CurriculumModule> modules = new HashMap<>();
        curriculumService.modulesOf(cohort.getCurriculum()).forEach(m -> modules.put(m.getId(), m));
        List<Long> seated = cohortService.roster(cohortId).stream().filter(r -> r.status() == EnrolmentStatus.ENROLLED).map(RosterRow::applicantId).toList();
        Map<String, ModuleAttendance> existing = new HashMap<>();
        em.createQuery("select a from ModuleAttendance a where a.cohortId = :c", ModuleAttendance.class).setParameter("c", cohortId)
                .getResultList().forEach(a -> existing.put(cell(a.getApplicantId(), a.getModuleId()), a));
        Map<String, Integer> checked = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : minutesByCell.entrySet()) {
            String[] ids = entry.getKey().split(":");
            long applicantId = Long.parseLong(ids[0]);
            CurriculumModule module = modules.get(Long.parseLong(ids[1]));
            int minutes = entry.getValue() == null ? 0 : entry.getValue();
            if (module == null || !seated.contains(applicantId)) {
                throw new TrainingProblem("training.notInCohort");
            }
            if (minutes < 0 || minutes > module.getMinutes()) {
                throw new TrainingProblem("training.minutesRange", module.getTitle(), module.getHours());
            }
            checked.put(entry.getKey(), minutes);
        }
        int changed = 0;
        for (Map.Entry<String, Integer> entry : checked.entrySet()) {
            String[] ids = entry.getKey().split(":");
            ModuleAttendance recorded = existing.get(entry.getKey());
            if (recorded == null && entry.getValue() > 0) {
                em.persist(new ModuleAttendance(cohortId, Long.parseLong(ids[0]), Long.parseLong(ids[1]), entry.getValue(), trainerEmail, clock.instant()));
                changed++;
            } else if (recorded != null && recorded.getMinutes() != entry.getValue()) {
                recorded.record(entry.getValue(), trainerEmail, clock.instant());
                changed++;
            }
        }
        if (changed > 0) {
            audit.record(trainerEmail, AuditAction.ATTENDANCE_RECORDED, CohortService.subject(cohort), changed + " entries changed");
        }
        return changed;
    }

    /**
     * Attendance from a CSV file: header {@code person,module,hours}, one line per person and module. A
     * person is their email or application number and must be seated in the cohort; a module is its
     * number or its title. Good lines are applied together; each other line is reported with its reason.
     * A file without that header is refused whole.
     */
    public AttendanceImport importAttendance(String trainerEmail, long cohortId, Reader csv) {
        Cohort cohort = cohortService.cohort(trainerEmail, cohortId);
        List<CurriculumModule> modules = curriculumService.modulesOf(cohort.getCurriculum());
        Map<String, Long> seated = new HashMap<>();
        cohortService.roster(cohortId).stream().filter(r -> r.status() == EnrolmentStatus.ENROLLED)
                .forEach(r -> seated.put(r.email().toLowerCase(Locale.ROOT), r.applicantId()));
        Map<String, Integer> cells = new LinkedHashMap<>();
        Map<String, Long> lineOfCell = new HashMap<>();
        List<RejectedLine> rejected;
        try {
            rejected = CsvLines.read(csv, ATTENDANCE_HEADER, (line, record) -> {
                LineChecks checks = new LineChecks();
                Long applicant = checks.field(() -> applicantIn(seated, record.get(0)));
                CurriculumModule module = checks.field(() -> moduleNamed(modules, record.get(1)));
                Integer minutes = checks.field(() -> module == null ? minutesTyped(record.get(2)) : minutesIn(module, record.get(2)));
                checks.refuseIfAny();
                String cell = cell(applicant, module.getId());
                Long earlier = lineOfCell.putIfAbsent(cell, line);
                if (earlier != null) {
                    throw new LineRejected("the same person and module as line " + earlier);
                }
                cells.put(cell, minutes);
            });
        } catch (CsvLines.Unreadable unreadable) {
            throw new TrainingProblem(unreadable.isWrongHeader() ? "training.csvHeader" : "training.csvUnreadable");
        }
        int changed = cells.isEmpty() ? 0 : recordAttendance(trainerEmail, cohortId, cells);
        return new AttendanceImport(changed, rejected);
    }

    private long applicantIn(Map<String, Long> seated, String who) {
        String typed = who.strip();
        Long byEmail = seated.get(typed.toLowerCase(Locale.ROOT));
        if (byEmail != null) {
            return byEmail;
        }
        if (typed.toUpperCase(Locale.ROOT).matches("APP-\\d{1,12}")) {
            try {
                long applicant = seatService.applicantNamed(typed);
                if (seated.containsValue(applicant)) {
                    return applicant;
                }
            } catch (TrainingProblem unknown) {
                // reported below like any person not seated here
            }
        }
        throw new LineRejected("'" + CsvLines.abbreviate(typed) + "' is not seated in this cohort");
    }

    private static CurriculumModule moduleNamed(List<CurriculumModule> modules, String named) {
        String typed = named.strip();
        for (CurriculumModule module : modules) {
            if (String.valueOf(module.getSortOrder()).equals(typed) || module.getTitle().equalsIgnoreCase(typed)) {
                return module;
            }
        }
        throw new LineRejected("no module '" + CsvLines.abbreviate(typed) + "' in this curriculum");
    }

    private static int minutesTyped(String hours) {
        try {
            return Hours.minutesOf(hours);
        } catch (IllegalArgumentException notHours) {
            throw new LineRejected("hours '" + CsvLines.abbreviate(hours.strip()) + "' is not a number such as 2 or 1.5");
        }
    }

    private static int minutesIn(CurriculumModule module, String hours) {
        int minutes = minutesTyped(hours);
        if (minutes > module.getMinutes()) {
            throw new LineRejected("hours must be between 0 and " + module.getHours() + " for module " + module.getSortOrder());
        }
        return minutes;
    }
}
