package org.peercert.training;

/** A curriculum version as the administrator's list shows it, with the number of cohorts that use it. */
public record CurriculumVersionRow(CurriculumVersion version, long cohorts) {
}
