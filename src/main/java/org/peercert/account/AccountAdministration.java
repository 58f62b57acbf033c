package org.peercert.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.Paging;
import org.peercert.platform.PortalUrls;

/**
 * The administrators' side of accounts: invitations, roles, disabling and enabling, the list of users. The portal
 * always keeps one active administrator.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountPolicy policy;

    @Inject
    OutboxService outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    @Inject
    AuditService audit;

    @Inject
    AccountLinks links;

    @Inject
    AccountService accounts;

    public UserAccount invite(String actor, Invitation invitation) {
        AccountChecks.requireAdministrator(accounts.findByEmail(actor));
        return invited(actor, invitation);
    }

    /**
     * An agency's administrator, or staff, invites a person without an account to run the agency (#26): the only role
     * they may give this way. The agency feature checks that the inviter may act for the agency.
     */
    public UserAccount inviteAgencyAdministrator(String actor, String email, String firstName, String lastName) {
        return invited(actor, new Invitation(firstName, lastName, email, Set.of(Role.AGENCY_ADMIN)));
    }

    private UserAccount invited(String actor, Invitation invitation) {
        String email = AccountChecks.requireEmail(invitation.email());
        AccountChecks.requireText("firstName", invitation.firstName());
        AccountChecks.requireText("lastName", invitation.lastName());
        if (invitation.roles() == null || invitation.roles().isEmpty()) {
            throw new AccountProblem("roles", "account.roles.required");
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new AccountProblem("email", "account.invite.exists");
        }
        UserAccount account = UserAccount.invited(email, invitation.firstName(), invitation.lastName(), invitation.roles(), clock.instant());
        em.persist(account);
        sendInvitation(account);
        audit.record(actor, AuditAction.ACCOUNT_INVITED, email, "Roles: " + AccountChecks.labels(account.getRoles()));
        return account;
    }

    public void resendInvitation(String actor, long userId) {
        AccountChecks.requireAdministrator(accounts.findByEmail(actor));
        UserAccount account = require(userId);
        if (account.getStatus() != UserStatus.INVITED) {
            throw new AccountProblem(null, "account.invite.notPending");
        }
        links.retireOpen(account, TokenPurpose.INVITATION);
        sendInvitation(account);
        audit.record(actor, AuditAction.ACCOUNT_INVITED, account.getEmail(), "Invitation sent again");
    }

    public void changeRoles(String actor, long userId, Set<Role> roles) {
        AccountChecks.requireAdministrator(accounts.findByEmail(actor));
        UserAccount account = require(userId);
        if (roles == null || roles.isEmpty()) {
            throw new AccountProblem("roles", "account.roles.required");
        }
        if (account.getEmail().equals(actor) && account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw new AccountProblem("roles", "account.roles.ownAdmin");
        }
        if (account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(account);
        }
        replaceRoles(actor, account, roles);
    }

    /**
     * The one role an agency's administrator may give (the agency feature checks the giver runs the agency): another
     * account becomes an administrator of the agency too, keeping its other roles.
     */
    public void grantAgencyAdministrator(String agencyAdmin, long userId) {
        UserAccount account = require(userId);
        Set<Role> roles = EnumSet.of(Role.AGENCY_ADMIN);
        roles.addAll(account.getRoles());
        replaceRoles(agencyAdmin, account, roles);
    }

    /** The agency administrator role goes when the person no longer administers an agency; their other roles stay. */
    public void withdrawAgencyAdministrator(String agencyAdmin, long userId) {
        UserAccount account = require(userId);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.getRoles());
        roles.remove(Role.AGENCY_ADMIN);
        replaceRoles(agencyAdmin, account, roles);
    }

    /** The roles change, audited with before and after. */
    private void replaceRoles(String actor, UserAccount account, Set<Role> roles) {
        String before = AccountChecks.labels(account.getRoles());
        account.replaceRoles(roles);
        audit.record(actor, AuditAction.ROLES_CHANGED, account.getEmail(), before + " -> " + AccountChecks.labels(roles));
    }

    public void disable(String actor, long userId) {
        AccountChecks.requireAdministrator(accounts.findByEmail(actor));
        UserAccount account = require(userId);
        if (account.getEmail().equals(actor)) {
            throw new AccountProblem(null, "account.disable.self");
        }
        if (account.getRoles().contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(account);
        }
        account.disable();
        audit.record(actor, AuditAction.ACCOUNT_DISABLED, account.getEmail(), null);
    }

    public void enable(String actor, long userId) {
        AccountChecks.requireAdministrator(accounts.findByEmail(actor));
        UserAccount account = require(userId);
        account.enable();
        audit.record(actor, AuditAction.ACCOUNT_ENABLED, account.getEmail(), null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<UserAccount> findUsers(String search, Role role, int first, int pageSize) {
        String where = " where (:search is null or lower(u.email) like :search or lower(u.lastName) like :search or lower(u.firstName) like :search)"
                + (role == null ? "" : " and :role member of u.roles");
        TypedQuery<UserAccount> page = em.createQuery("select u from UserAccount u" + where + " order by u.lastName, u.firstName, u.id", UserAccount.class);
        TypedQuery<Long> count = em.createQuery("select count(u) from UserAccount u" + where, Long.class);
        String pattern = search == null || search.isBlank() ? null : "%" + search.strip().toLowerCase() + "%";
        page.setParameter("search", pattern);
        count.setParameter("search", pattern);
        if (role != null) {
            page.setParameter("role", role);
            count.setParameter("role", role);
        }
        return new Paging<>(page.setFirstResult(first).setMaxResults(pageSize).getResultList(), count.getSingleResult());
    }

    private void sendInvitation(UserAccount account) {
        String token = links.issue(account, TokenPurpose.INVITATION, policy.invitationLinkValidity());
        outbox.enqueue(templates.render("invitation", account.getEmail(), account.getFirstName(), AccountChecks.labels(account.getRoles()),
                urls.absolute(AccountService.SET_PASSWORD_PAGE + token), policy.invitationLinkValidity().toHours()));
    }

    /** The portal always keeps one active administrator, so nobody is locked out of administration. */
    private void requireAnotherActiveAdmin(UserAccount leaving) {
        long others = em.createQuery("select count(u) from UserAccount u where :admin member of u.roles and u.status = :active and u.id <> :id", Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("active", UserStatus.ACTIVE).setParameter("id", leaving.getId())
                .getSingleResult();
        if (others == 0) {
            throw new AccountProblem("roles", "account.roles.lastAdmin");
        }
    }

    private UserAccount require(long userId) {
        UserAccount account = em.find(UserAccount.class, userId);
        if (account == null) {
            throw new AccountProblem(null, "account.notFound");
        }
        return account;
    }
}
