package org.peercert.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.peercert.account.AccountProblem;
import org.peercert.account.AccountAdministration;
import org.peercert.account.Invitation;
import org.peercert.account.Role;
import org.peercert.account.TwoStepService;
import org.peercert.account.UserAccount;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.PagedModel;
import org.primefaces.PrimeFaces;

/** /admin/users.xhtml: find accounts, invite people in other roles, change roles, disable and enable. */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    TwoStepService twoStep;

    private String search;
    private Role roleFilter;
    private transient PagedModel<UserAccount> users;

    private String inviteFirstName;
    private String inviteLastName;
    private String inviteEmail;
    private Role[] inviteRoles = {};

    private Long editingId;
    private String editingEmail;
    private Role[] editingRoles = {};

    @PostConstruct
    void init() {
        users = new PagedModel<>((first, size) -> accounts.findUsers(search, roleFilter, first, size));
    }

    public void invite() {
        try {
            accounts.invite(currentUser.getEmail(), new Invitation(inviteFirstName, inviteLastName, inviteEmail, toSet(inviteRoles)));
            FacesMessages.info("account.invite.sent", inviteEmail.strip());
            inviteFirstName = null;
            inviteLastName = null;
            inviteEmail = null;
            inviteRoles = new Role[0];
            PrimeFaces.current().executeScript("PF('inviteDialog').hide()");
        } catch (AccountProblem problem) {
            ProblemMessages.show("invite", problem);
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
        }
    }

    public void startEditing(UserAccount user) {
        editingId = user.getId();
        editingEmail = user.getEmail();
        editingRoles = user.getRoles().toArray(Role[]::new);
    }

    public void saveRoles() {
        try {
            accounts.changeRoles(currentUser.getEmail(), editingId, toSet(editingRoles));
            FacesMessages.info("account.roles.changed", editingEmail);
            PrimeFaces.current().executeScript("PF('rolesDialog').hide()");
        } catch (AccountProblem problem) {
            ProblemMessages.show("roles", problem);
        }
    }

    public void disable(UserAccount user) {
        act(() -> accounts.disable(currentUser.getEmail(), user.getId()), "account.disabled", user.getEmail());
    }

    public void enable(UserAccount user) {
        act(() -> accounts.enable(currentUser.getEmail(), user.getId()), "account.enabled", user.getEmail());
    }

    /** Issue #22: for a lost phone and no recovery code; the person sets it up again at the next sign-in, and is mailed. */
    public void resetTwoStep(UserAccount user) {
        act(() -> twoStep.reset(currentUser.getEmail(), user), "twostep.reset", user.getEmail());
    }

    public boolean hasTwoStep(UserAccount user) {
        return twoStep.isSetUp(user.getId());
    }

    public void resendInvitation(UserAccount user) {
        act(() -> accounts.resendInvitation(currentUser.getEmail(), user.getId()), "account.invite.sent", user.getEmail());
    }

    private void act(Runnable action, String doneKey, String email) {
        try {
            action.run();
            FacesMessages.info(doneKey, email);
        } catch (AccountProblem problem) {
            ProblemMessages.show("users", problem);
        }
    }

    private static Set<Role> toSet(Role[] roles) {
        return roles == null || roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles));
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public PagedModel<UserAccount> getUsers() {
        return users;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Role getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(Role roleFilter) {
        this.roleFilter = roleFilter;
    }

    public String getInviteFirstName() {
        return inviteFirstName;
    }

    public void setInviteFirstName(String inviteFirstName) {
        this.inviteFirstName = inviteFirstName;
    }

    public String getInviteLastName() {
        return inviteLastName;
    }

    public void setInviteLastName(String inviteLastName) {
        this.inviteLastName = inviteLastName;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public Role[] getInviteRoles() {
        return inviteRoles;
    }

    public void setInviteRoles(Role[] inviteRoles) {
        this.inviteRoles = inviteRoles;
    }

    public String getEditingEmail() {
        return editingEmail;
    }

    public Role[] getEditingRoles() {
        return editingRoles;
    }

    public void setEditingRoles(Role[] editingRoles) {
        this.editingRoles = editingRoles;
    }
}
