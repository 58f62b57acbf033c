package org.peercert.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** R-TRN-1: the length of the standardized basic training every curriculum version must add up to. */
/** Named, so pages say the configured length rather than a number of their own. */
@Named
@ApplicationScoped
public class TrainingPolicy {

    @Inject
    @ConfigProperty(name = "peercert.training.curriculum-hours", defaultValue = "40")
    int curriculumHours;

    public int curriculumHours() {
        return curriculumHours;
    }

    public int getCurriculumHours() {
        return curriculumHours;
    }
}
