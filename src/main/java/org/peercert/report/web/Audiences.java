package org.peercert.report.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.peercert.account.Role;
import org.peercert.agency.AgencyService;
import org.peercert.report.ReportAudience;

/** The audience of the person asking, from their roles (web.xml lets these four roles into /reports/*). */
@ApplicationScoped
public class Audiences {

    @Inject
    AgencyService agencies;

    public ReportAudience of(HttpServletRequest request) {
        if (request.isUserInRole(Role.STAFF.name()) || request.isUserInRole(Role.ADMIN.name())) {
            return ReportAudience.program();
        }
        if (request.isUserInRole(Role.NETWORK_STAFF.name())) {
            return ReportAudience.network();
        }
        if (request.isUserInRole(Role.AGENCY_ADMIN.name()) && request.getRemoteUser() != null) {
            return agencies.agencyOf(request.getRemoteUser()).map(a -> ReportAudience.agency(a.getId(), a.getLegalName()))
                    .orElse(ReportAudience.nobody());
        }
        return ReportAudience.nobody();
    }
}
