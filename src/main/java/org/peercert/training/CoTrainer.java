package org.peercert.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A trainer who runs a cohort with its lead trainer: sees it, enrols, records attendance and confirms like the lead. */
@Entity
@Table(name = "cohort_trainer")
public class CoTrainer {

    @EmbeddedId
    private Key key;

    @Column(name = "added_by", nullable = false, length = 254)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    /** Cohort and trainer. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "cohort_id")
        private Long cohortId;

        @Column(name = "trainer_id")
        private Long trainerId;

        protected Key() {
        }

        Key(long cohortId, long trainerId) {
            this.cohortId = cohortId;
            this.trainerId = trainerId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(cohortId, that.cohortId) && Objects.equals(trainerId, that.trainerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cohortId, trainerId);
        }
    }

    protected CoTrainer() {
    }

    CoTrainer(long cohortId, long trainerId, String addedBy, Instant now) {
        this.key = new Key(cohortId, trainerId);
        this.addedBy = addedBy;
        this.addedAt = now;
    }
}
