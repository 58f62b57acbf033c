package org.peercert.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in by the portal's own form (/login.xhtml); a protected page asked for without a session
 * redirects there and returns after sign-in. Which role may open which pages is declared in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ADMIN", "STAFF", "NETWORK_STAFF", "COMMITTEE_MEMBER", "AGENCY_ADMIN", "TRAINER", "CE_PROVIDER", "SUPERVISOR", "APPLICANT"})
@ApplicationScoped
public class SecurityConfiguration {
}
