package org.peercert.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * R-TRN-1: training is complete when every module of the curriculum is attended in full. Minutes add up
 * across cohorts, so a partial session is made up in a later cohort; a module is known by its title,
 * so a make-up in a cohort of a newer curriculum version counts too.
 */
public record TrainingCompletion(int minutesRequired, int minutesAttended, List<String> missingModules) {

    /** A module of the curriculum the person trains under. */
    public record Module(String title, int minutes) {
    }

    /** Minutes a person attended of a module (by its title) in one cohort. */
    public record Attended(String moduleTitle, int minutes) {
    }

    public static TrainingCompletion of(List<Module> curriculum, List<Attended> attendance) {
        Map<String, Integer> minutesByModule = new HashMap<>();
        for (Attended attended : attendance) {
            minutesByModule.merge(key(attended.moduleTitle()), Math.max(0, attended.minutes()), Integer::sum);
        }
        int required = 0;
        int credited = 0;
        List<String> missing = new ArrayList<>();
        for (Module module : curriculum) {
            int attended = Math.min(module.minutes(), minutesByModule.getOrDefault(key(module.title()), 0));
            required += module.minutes();
            credited += attended;
            if (attended < module.minutes()) {
                missing.add(module.title());
            }
        }
        return new TrainingCompletion(required, credited, List.copyOf(missing));
    }

    public boolean isComplete() {
        return minutesRequired > 0 && missingModules.isEmpty();
    }

    public boolean isStarted() {
        return minutesAttended > 0;
    }

    private static String key(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }
}
