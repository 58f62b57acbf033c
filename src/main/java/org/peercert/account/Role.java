package org.peercert.account;

/**
 * The portal's roles. A person may hold several; the first in this order decides their home page.
 * Each role owns one area of pages (its {@link #area()}), guarded in web.xml.
 */
public enum Role {
    ADMIN("admin", "Administrator"),
    STAFF("staff", "State certification staff"),
    NETWORK_STAFF("network", "Network staff"),
    COMMITTEE_MEMBER("committee", "Credentialing committee member"),
    AGENCY_ADMIN("agency", "Agency administrator"),
    TRAINER("trainer", "Trainer"),
    CE_PROVIDER("provider", "Approved CE provider"),
    SUPERVISOR("supervisor", "Supervisor"),
    APPLICANT("applicant", "Applicant or certificant");

    private final String area;
    private final String label;

    Role(String area, String label) {
        this.area = area;
        this.label = label;
    }

    /** The folder of pages only this role may open, e.g. {@code admin} for /admin/*. */
    public String area() {
        return area;
    }

    public String label() {
        return label;
    }

    /** The page a person with this role lands on after signing in. */
    public String homePage() {
        return "/" + area + "/index.xhtml";
    }
}
