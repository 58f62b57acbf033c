-- R-TRN-1: the modules a session covers, so attendance can be recorded session by session in the grid.
CREATE TABLE cohort_session_module (
    session_id  BIGINT  NOT NULL,
    module_id   BIGINT  NOT NULL,
    PRIMARY KEY (session_id, module_id),
    CONSTRAINT fk_session_module_session FOREIGN KEY (session_id) REFERENCES cohort_session (id),
    CONSTRAINT fk_session_module_module FOREIGN KEY (module_id) REFERENCES curriculum_module (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
