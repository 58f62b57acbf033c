-- #28: each state names its two tracks its own way. The rules know two kinds (adult peer and parent peer, the enum
-- Track); their title, the abbreviation new certificate numbers carry, and the lived experience an applicant affirms are
-- data an administrator edits. Numbers already issued never change: they are stored whole on each certificate.
CREATE TABLE track_title (
    track             ENUM('CPS', 'PPS') NOT NULL PRIMARY KEY,
    title             VARCHAR(120)  NOT NULL,
    abbreviation      VARCHAR(8)    NOT NULL,
    lived_experience  VARCHAR(600)  NOT NULL,
    updated_by        VARCHAR(254)  NULL,
    updated_at        DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_track_title_abbreviation UNIQUE (abbreviation)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO track_title (track, title, abbreviation, lived_experience) VALUES
    ('CPS', 'Certified Peer Specialist', 'CPS', 'I am a present or former primary consumer of mental health services.'),
    ('PPS', 'Parent Peer Support Specialist', 'PPS',
     'I have lived experience raising a child with a Serious Emotional Disturbance (SED), a Substance Use Disorder (SUD) or a co-occurring diagnosis.');
