-- #26, R-NET-3: committee members cast their own votes online before the meeting records the result. A member sees
-- only their own vote here until the result is recorded; recording copies these rows into committee_ballot, which
-- keeps the votes with the decision as before (and still takes the votes of a meeting held on paper).
CREATE TABLE committee_vote (
    item_id  BIGINT        NOT NULL,
    member   VARCHAR(254)  NOT NULL,
    vote     ENUM('APPROVE', 'DENY', 'DEFER') NOT NULL,
    cast_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (item_id, member),
    CONSTRAINT fk_committee_vote_item FOREIGN KEY (item_id) REFERENCES committee_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
