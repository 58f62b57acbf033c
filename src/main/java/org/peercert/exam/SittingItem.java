package org.peercert.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An item on a person's form: where it stands, the order its options are shown in, the answer given and when. */
@Entity
@Table(name = "exam_sitting_item")
public class SittingItem {

    @EmbeddedId
    private Key key;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "option_order", nullable = false, length = 4)
    private String optionOrder;

    @Column(name = "chosen_option")
    private Integer chosenOption;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** Sitting and position on the form (1 to the number of items). */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "sitting_id")
        private Long sittingId;

        @Column(name = "position")
        private int position;

        protected Key() {
        }

        Key(long sittingId, int position) {
            this.sittingId = sittingId;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(sittingId, that.sittingId) && position == that.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(sittingId, position);
        }
    }

    protected SittingItem() {
    }

    SittingItem(long sittingId, int position, ExamForms.FormItem item) {
        this.key = new Key(sittingId, position);
        this.itemId = item.itemId();
        this.optionOrder = item.optionOrder();
    }

    /** The option number (1 to 4) shown at this place (0 to 3) of the person's screen. */
    int optionShownAt(int place) {
        return optionOrder.charAt(place) - '0';
    }

    /** Where on the person's screen (0 to 3) the chosen option is, or -1 when unanswered. */
    int placeOfChosen() {
        return chosenOption == null ? -1 : optionOrder.indexOf((char) ('0' + chosenOption));
    }

    void answer(int place, Instant now) {
        this.chosenOption = optionShownAt(place);
        this.answeredAt = now;
    }

    public int getPosition() {
        return key.position;
    }

    public Long getItemId() {
        return itemId;
    }

    public Integer getChosenOption() {
        return chosenOption;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    String getOptionOrder() {
        return optionOrder;
    }
}
