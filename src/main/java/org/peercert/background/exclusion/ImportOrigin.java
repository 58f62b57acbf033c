package org.peercert.background.exclusion;

/** How a list file arrived: uploaded by staff, or picked up from the configured folder. */
public enum ImportOrigin {
    UPLOAD, FOLDER
}
