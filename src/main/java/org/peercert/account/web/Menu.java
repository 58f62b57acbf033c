package org.peercert.account.web;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.peercert.account.Role;

/** The menu entries each role sees. A feature adds its pages here, next to its role. */
public final class Menu {

    public record Entry(String label, String page, Role role) {

        boolean isNotifications() {
            return page.endsWith("/notifications.xhtml");
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("Home", Role.ADMIN.homePage(), Role.ADMIN),
            new Entry("Users", "/admin/users.xhtml", Role.ADMIN),
            new Entry("Audit trail", "/admin/audit.xhtml", Role.ADMIN),
            new Entry("Mail", "/admin/mail.xhtml", Role.ADMIN),
            new Entry("Curriculum", "/admin/curriculum.xhtml", Role.ADMIN),
            new Entry("CE categories", "/admin/ce-categories.xhtml", Role.ADMIN),
            new Entry("Billing rules", "/admin/service-rules.xhtml", Role.ADMIN),
            new Entry("Regions", "/admin/postal-areas.xhtml", Role.ADMIN),
            new Entry("The office", "/admin/office.xhtml", Role.ADMIN),
            new Entry("Tracks", "/admin/tracks.xhtml", Role.ADMIN),
            new Entry("Reports", "/reports/index.xhtml", Role.ADMIN),
            new Entry("Notifications", "/admin/notifications.xhtml", Role.ADMIN),
            new Entry("Staff home", Role.STAFF.homePage(), Role.STAFF),
            new Entry("Applications", "/staff/applications.xhtml", Role.STAFF),
            new Entry("Checks to adjudicate", "/staff/checks.xhtml", Role.STAFF),
            new Entry("Exclusion matches", "/staff/exclusion-matches.xhtml", Role.STAFF),
            new Entry("Exclusion list", "/staff/exclusions.xhtml", Role.STAFF),
            new Entry("Test items", "/staff/exam-items.xhtml", Role.STAFF),
            new Entry("Ready to certify", "/staff/readiness.xhtml", Role.STAFF),
            new Entry("Certificates", "/staff/certificates.xhtml", Role.STAFF),
            new Entry("Renewals", "/staff/renewals.xhtml", Role.STAFF),
            new Entry("Agencies and supervisors", "/staff/agencies.xhtml", Role.STAFF),
            new Entry("Reports", "/reports/index.xhtml", Role.STAFF),
            new Entry("Notifications", "/staff/notifications.xhtml", Role.STAFF),
            new Entry("Network home", Role.NETWORK_STAFF.homePage(), Role.NETWORK_STAFF),
            new Entry("Network report", "/reports/index.xhtml", Role.NETWORK_STAFF),
            new Entry("Notifications", "/network/notifications.xhtml", Role.NETWORK_STAFF),
            new Entry("Committee home", Role.COMMITTEE_MEMBER.homePage(), Role.COMMITTEE_MEMBER),
            new Entry("Notifications", "/committee/notifications.xhtml", Role.COMMITTEE_MEMBER),
            new Entry("Agency home", Role.AGENCY_ADMIN.homePage(), Role.AGENCY_ADMIN),
            new Entry("Roster", "/agency/roster.xhtml", Role.AGENCY_ADMIN),
            new Entry("Billing eligibility", "/agency/checks.xhtml", Role.AGENCY_ADMIN),
            new Entry("Network credentialing", "/agency/network.xhtml", Role.AGENCY_ADMIN),
            new Entry("Workforce report", "/reports/index.xhtml", Role.AGENCY_ADMIN),
            new Entry("Notifications", "/agency/notifications.xhtml", Role.AGENCY_ADMIN),
            new Entry("Trainer home", Role.TRAINER.homePage(), Role.TRAINER),
            new Entry("My cohorts", "/trainer/cohorts.xhtml", Role.TRAINER),
            new Entry("Report CE completions", "/trainer/ce-reports.xhtml", Role.TRAINER),
            new Entry("Notifications", "/trainer/notifications.xhtml", Role.TRAINER),
            new Entry("Report CE completions", Role.CE_PROVIDER.homePage(), Role.CE_PROVIDER),
            new Entry("Notifications", "/provider/notifications.xhtml", Role.CE_PROVIDER),
            new Entry("Supervisor home", Role.SUPERVISOR.homePage(), Role.SUPERVISOR),
            new Entry("Notifications", "/supervisor/notifications.xhtml", Role.SUPERVISOR),
            new Entry("My certification", Role.APPLICANT.homePage(), Role.APPLICANT),
            new Entry("My application", "/applicant/application.xhtml", Role.APPLICANT),
            new Entry("Basic training", "/applicant/training.xhtml", Role.APPLICANT),
            new Entry("Written test", "/applicant/exam.xhtml", Role.APPLICANT),
            new Entry("Continuing education", "/applicant/ce.xhtml", Role.APPLICANT),
            new Entry("Notifications", "/applicant/notifications.xhtml", Role.APPLICANT));

    private Menu() {
    }

    public static List<Entry> entriesFor(Set<Role> roles) {
        Set<Entry> seen = new LinkedHashSet<>();
        Set<String> pages = new HashSet<>();
        // A page several roles share (the reports) is listed once, under the first of the person's roles.
        ENTRIES.stream().filter(entry -> roles.contains(entry.role()) && pages.add(entry.page())).forEach(seen::add);
        // Every role's Notifications page shows the same notices: a person with several roles gets one entry.
        Entry firstNotifications = seen.stream().filter(Entry::isNotifications).findFirst().orElse(null);
        seen.removeIf(entry -> entry.isNotifications() && entry != firstNotifications);
        return List.copyOf(seen);
    }
}
