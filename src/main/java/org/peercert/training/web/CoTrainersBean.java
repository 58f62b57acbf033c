package org.peercert.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peercert.account.web.CurrentUser;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.training.CohortService;
import org.peercert.training.TrainerRow;

/** The trainers panel of /trainer/cohort.xhtml: the lead trainer adds and removes co-trainers. */
@Named
@ViewScoped
public class CoTrainersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortBean cohort;

    @Inject
    CohortService cohortService;

    @Inject
    CurrentUser currentUser;

    private String coTrainerEmail;
    private transient List<TrainerRow> trainers;

    public List<TrainerRow> getTrainers() {
        if (trainers == null) {
            trainers = cohortService.trainersOf(cohort.getId());
        }
        return trainers;
    }

    /** Whether the person looking is the lead trainer, who alone changes who trains the cohort. */
    public boolean isLead() {
        return getTrainers().stream().anyMatch(t -> t.lead() && t.email().equalsIgnoreCase(currentUser.getEmail()));
    }

    public void addCoTrainer() {
        try {
            cohortService.addCoTrainer(currentUser.getEmail(), cohort.getId(), coTrainerEmail);
            FacesMessages.info("training.coTrainerAdded", coTrainerEmail.strip());
            coTrainerEmail = null;
        } catch (UserProblem problem) {
            FacesMessages.fieldError("cohort:coTrainer", problem.messageKey(), problem.arguments());
        }
        trainers = null;
    }

    public void removeCoTrainer(TrainerRow trainer) {
        try {
            cohortService.removeCoTrainer(currentUser.getEmail(), cohort.getId(), trainer.trainerId());
            FacesMessages.info("training.coTrainerRemoved", trainer.name());
        } finally {
            trainers = null;
        }
    }

    public String getCoTrainerEmail() {
        return coTrainerEmail;
    }

    public void setCoTrainerEmail(String coTrainerEmail) {
        this.coTrainerEmail = coTrainerEmail;
    }
}
