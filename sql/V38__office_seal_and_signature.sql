-- #28: the office's seal (or logo) and its certifying official's signature, uploaded by an administrator and drawn on
-- the wall certificate and wallet card; the seal also heads every page. Each upload is a new row and no row changes: a
-- certificate is printed with the images in force at the end of its day of issue, so a re-print of an older certificate
-- keeps what it was issued with. A row without a file says the office stopped using that image from then on.
CREATE TABLE office_image (
    id           BIGINT        AUTO_INCREMENT PRIMARY KEY,
    kind         ENUM('SEAL', 'SIGNATURE') NOT NULL,
    name         VARCHAR(255)  NULL,
    media_type   VARCHAR(100)  NULL,
    sha256       CHAR(64)      NULL,
    storage_key  VARCHAR(100)  NULL,
    uploaded_by  VARCHAR(254)  NOT NULL,
    uploaded_at  DATETIME(6)   NOT NULL,
    INDEX ix_office_image_kind_time (kind, uploaded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
