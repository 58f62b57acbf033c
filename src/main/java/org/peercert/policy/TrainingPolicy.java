package org.peercert.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** R-TRN-1: the length of the standardized basic training every curriculum version must add up to. */
@ApplicationScoped
public class TrainingPolicy {

    @Inject
    @ConfigProperty(name = "peercert.training.curriculum-hours", defaultValue = "40")
    int curriculumHours;

    public int curriculumHours() {
        return curriculumHours;
    }
}
