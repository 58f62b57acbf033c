package org.peercert.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.peercert.account.web.CurrentUser;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;
import org.peercert.training.Cohort;
import org.peercert.training.CohortForm;
import org.peercert.training.CohortService;
import org.peercert.training.CurriculumService;
import org.peercert.training.CurriculumVersion;
import org.peercert.training.Delivery;

/** /trainer/cohorts.xhtml: the trainer's cohorts, and a new one. */
@Named
@ViewScoped
public class CohortsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient Map<Long, Long> requests;

    @Inject
    CohortService cohortService;

    @Inject
    CurriculumService curriculumService;

    @Inject
    CurrentUser currentUser;

    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Delivery delivery = Delivery.IN_PERSON;
    private String location;
    private Integer capacity = 20;
    private transient List<Cohort> cohorts;
    private transient CurriculumVersion curriculum;

    public void create() {
        Cohort cohort = cohortService.createCohort(currentUser.getEmail(),
                new CohortForm(title, startsOn, endsOn, delivery, location, capacity == null ? 0 : capacity));
        FacesMessages.info("training.cohortCreated");
        Redirects.to("/trainer/cohort.xhtml?id=" + cohort.getId());
    }

    /** Unanswered seat requests per cohort id. */
    public Map<Long, Long> getRequests() {
        if (requests == null) {
            requests = cohortService.pendingRequestCounts(currentUser.getEmail());
        }
        return requests;
    }

    public List<Cohort> getCohorts() {
        if (cohorts == null) {
            cohorts = cohortService.cohortsOf(currentUser.getEmail());
        }
        return cohorts;
    }

    public CurriculumVersion getCurriculum() {
        if (curriculum == null) {
            curriculum = curriculumService.currentCurriculum();
        }
        return curriculum;
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
