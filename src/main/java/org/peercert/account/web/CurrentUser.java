package org.peercert.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.peercert.account.AccountService;
import org.peercert.account.Role;
import org.peercert.account.RoleHome;
import org.peercert.account.UserAccount;

/** Who is signed in, for the layout: name, roles, menu, home page. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    AccountService accounts;

    private Set<Role> roles;
    private UserAccount account;

    public boolean isSignedIn() {
        return principal() != null;
    }

    public String getEmail() {
        Principal principal = principal();
        return principal == null ? null : principal.getName();
    }

    public String getDisplayName() {
        if (account == null && isSignedIn()) {
            account = accounts.findByEmail(getEmail()).orElse(null);
        }
        return account == null ? getEmail() : account.getFullName();
    }

    public Set<Role> getRoles() {
        if (roles == null) {
            roles = isSignedIn()
                    ? Arrays.stream(Role.values()).filter(role -> security.isCallerInRole(role.name()))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))
                    : EnumSet.noneOf(Role.class);
        }
        return roles;
    }

    public String getRoleLabels() {
        return getRoles().stream().map(Role::label).collect(Collectors.joining(", "));
    }

    public List<Menu.Entry> getMenu() {
        return Menu.entriesFor(getRoles());
    }

    public String getHomePage() {
        return RoleHome.pageFor(getRoles());
    }

    /** The servlet request's principal: Elytron's SecurityContext answers "anonymous" rather than null. */
    private Principal principal() {
        return request.getUserPrincipal();
    }
}
