package org.peercert.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peercert.account.AccountAdministration;
import org.peercert.account.AccountService;
import org.peercert.account.EmailAddress;
import org.peercert.account.Role;
import org.peercert.account.UserAccount;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.FieldProblem;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.NotYours;
import org.peercert.platform.Paging;
import org.peercert.platform.PortalUrls;

/**
 * Agencies: an agency administrator registers one, staff verify it, its administrators add each other. Each
 * administrator belongs to one agency, which is how every agency page and API call finds "their" agency.
 */
@ApplicationScoped
@Transactional
public class AgencyService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditService audit;

    @Inject
    AccountService accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    OutboxService outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Agency> agencyOf(String adminEmail) {
        return em.createQuery("select a from Agency a, AgencyAdmin m, UserAccount u where m.agencyId = a.id and m.userId = u.id"
                + " and u.email = :e", Agency.class).setParameter("e", EmailAddress.normalize(adminEmail)).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Agency find(long agencyId) {
        return Optional.ofNullable(em.find(Agency.class, agencyId)).orElseThrow(() -> new AgencyProblem("agency.unknown"));
    }

    /** The administrator's agency, or a refusal when they have none yet. */
    /** R-NET-3: the credentialing committee approved the agency in the payer's network from this day. */
    public void approveInNetwork(long agencyId, LocalDate effectiveFrom) {
        em.find(Agency.class, agencyId, LockModeType.PESSIMISTIC_WRITE).approveInNetwork(effectiveFrom);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Agency requireAgencyOf(String adminEmail) {
        return agencyOf(adminEmail).orElseThrow(() -> new AgencyProblem("agency.none"));
    }

    public Agency register(String adminEmail, AgencyDraft typed) {
        UserAccount admin = account(adminEmail).filter(u -> u.getRoles().contains(Role.AGENCY_ADMIN))
                .orElseThrow(() -> new NotYours("agency registration by " + adminEmail));
        if (agencyOf(adminEmail).isPresent()) {
            throw new AgencyProblem("agency.alreadyAdmin");
        }
        AgencyDraft draft = AgencyFields.checked(typed);
        boolean npiTaken = !em.createQuery("select a.id from Agency a where a.npi = :n", Long.class).setParameter("n", draft.npi())
                .getResultList().isEmpty();
        if (npiTaken) {
            throw new InvalidFields(List.of(new FieldProblem("npi", "agency.npiTaken")));
        }
        Agency agency = new Agency(draft, admin.getEmail(), clock.instant());
        em.persist(agency);
        em.persist(new AgencyAdmin(agency.getId(), admin.getId()));
        audit.record(admin.getEmail(), AuditAction.AGENCY_REGISTERED, "agency " + agency.getId(), draft.legalName() + ", NPI " + draft.npi());
        return agency;
    }


    /** Another administrator joins the agency: an existing portal account, given the agency administrator role. */
    public UserAccount addAdmin(String adminEmail, String newAdminEmail) {
        return addAdmin(adminEmail, newAdminEmail, null, null);
    }

    /**
     * An administrator adds another to their own agency (#26): the person's account, found by its address, or a
     * person with no account yet, invited by name to set a password.
     */
    public UserAccount addAdmin(String adminEmail, String newAdminEmail, String firstName, String lastName) {
        String actor = EmailAddress.normalize(adminEmail);
        return addAdminTo(requireAgencyOf(actor), actor, newAdminEmail, firstName, lastName);
    }

    /** Staff add an administrator to any agency (#26), as an administrator of it would. */
    public UserAccount addAdminAsStaff(String staffEmail, long agencyId, String newAdminEmail, String firstName, String lastName) {
        return addAdminTo(find(agencyId), EmailAddress.normalize(staffEmail), newAdminEmail, firstName, lastName);
    }

    private UserAccount addAdminTo(Agency agency, String actor, String newAdminEmail, String firstName, String lastName) {
        Optional<UserAccount> known = account(newAdminEmail);
        UserAccount joining;
        if (known.isPresent()) {
            joining = known.get();
            if (agencyOf(joining.getEmail()).isPresent()) {
                throw new AgencyProblem("agency.adminTaken");
            }
            administration.grantAgencyAdministrator(actor, joining.getId());
        } else if (blank(firstName) || blank(lastName)) {
            throw new InvalidFields(List.of(new FieldProblem("newAdmin", "agency.adminUnknown")));
        } else {
            joining = administration.inviteAgencyAdministrator(actor, newAdminEmail, firstName.strip(), lastName.strip());
        }
        em.persist(new AgencyAdmin(agency.getId(), joining.getId()));
        audit.record(actor, AuditAction.AGENCY_ADMIN_ADDED, "agency " + agency.getId(), joining.getEmail());
        outbox.enqueue(templates.render("agency-admin-added", joining.getEmail(), joining.getFirstName(), agency.getLegalName(),
                nameOf(actor), urls.absolute("/agency/index.xhtml")));
        return joining;
    }

    /**
     * An administrator takes another off the agency (#26), never themselves, so an agency always keeps someone to run
     * it. The agency's row is locked and the remover's place checked again under the lock, so two administrators
     * removing each other at the same moment cannot both succeed.
     */
    public UserAccount removeAdmin(String adminEmail, long userId) {
        String actor = EmailAddress.normalize(adminEmail);
        Agency agency = em.find(Agency.class, requireAgencyOf(actor).getId(), LockModeType.PESSIMISTIC_WRITE);
        List<UserAccount> admins = adminsOf(agency.getId());
        UserAccount remover = admins.stream().filter(u -> u.getEmail().equals(actor)).findFirst()
                .orElseThrow(() -> new AgencyProblem("agency.none"));
        if (remover.getId() == userId) {
            throw new AgencyProblem("agency.adminSelf");
        }
        return removeAdminFrom(agency, admins, actor, remover.getFullName(), userId);
    }

    /** Staff take an administrator off an agency (#26), but never its last one: an agency always has someone to run it. */
    public UserAccount removeAdminAsStaff(String staffEmail, long agencyId, long userId) {
        String actor = EmailAddress.normalize(staffEmail);
        Agency agency = Optional.ofNullable(em.find(Agency.class, agencyId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new AgencyProblem("agency.unknown"));
        List<UserAccount> admins = adminsOf(agency.getId());
        if (admins.size() == 1 && admins.get(0).getId() == userId) {
            throw new AgencyProblem("agency.lastAdmin");
        }
        return removeAdminFrom(agency, admins, actor, nameOf(actor), userId);
    }

    private UserAccount removeAdminFrom(Agency agency, List<UserAccount> admins, String actor, String actorName, long userId) {
        UserAccount leaving = admins.stream().filter(u -> u.getId() == userId).findFirst()
                .orElseThrow(() -> new AgencyProblem("agency.adminNotHere"));
        em.remove(em.find(AgencyAdmin.class, AgencyAdmin.key(agency.getId(), userId)));
        administration.withdrawAgencyAdministrator(actor, userId);
        audit.record(actor, AuditAction.AGENCY_ADMIN_REMOVED, "agency " + agency.getId(), leaving.getEmail());
        outbox.enqueue(templates.render("agency-admin-removed", leaving.getEmail(), leaving.getFirstName(), agency.getLegalName(), actorName));
        return leaving;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Every agency whose name or NPI holds the search, by name, for staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<Agency> search(String search, int first, int pageSize) {
        String like = "%" + (search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        String where = " from Agency a where lower(a.legalName) like :q or a.npi like :q";
        List<Agency> rows = em.createQuery("select a" + where + " order by a.legalName, a.id", Agency.class).setParameter("q", like)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
        long total = em.createQuery("select count(a)" + where, Long.class).setParameter("q", like).getSingleResult();
        return new Paging<>(rows, total);
    }

    private String nameOf(String email) {
        return account(email).map(UserAccount::getFullName).orElse(email);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> adminsOf(long agencyId) {
        return em.createQuery("select u from UserAccount u, AgencyAdmin m where m.userId = u.id and m.agencyId = :a order by u.email",
                UserAccount.class).setParameter("a", agencyId).getResultList();
    }

    public void setDailyDigest(String adminEmail, boolean digest) {
        Agency agency = requireAgencyOf(adminEmail);
        agency.setDailyDigest(digest);
        audit.record(EmailAddress.normalize(adminEmail), AuditAction.AGENCY_DIGEST_CHANGED, "agency " + agency.getId(),
                digest ? "daily digest" : "each change by mail");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<Agency> list(AgencyStatus status, int first, int pageSize) {
        List<Agency> rows = em.createQuery("select a from Agency a where a.status = :s order by a.registeredAt, a.id", Agency.class)
                .setParameter("s", status).setFirstResult(first).setMaxResults(pageSize).getResultList();
        long total = em.createQuery("select count(a) from Agency a where a.status = :s", Long.class).setParameter("s", status).getSingleResult();
        return new Paging<>(rows, total);
    }

    /** Staff verify an agency, or refuse it with the reason its administrators are shown. */
    public Agency decide(String staffEmail, long agencyId, long seenVersion, AgencyStatus decision, String reason) {
        Agency agency = Optional.ofNullable(em.find(Agency.class, agencyId)).orElseThrow(() -> new AgencyProblem("agency.unknown"));
        if (agency.getVersion() != seenVersion) {
            throw new OptimisticLockException(agency);
        }
        String why = reason == null ? "" : reason.strip();
        if (decision == AgencyStatus.PENDING || decision == AgencyStatus.REJECTED && why.isEmpty() || why.length() > 1000) {
            throw new AgencyProblem("agency.decisionReason");
        }
        agency.decide(decision, why.isEmpty() ? null : why, staffEmail, clock.instant());
        audit.record(staffEmail, decision == AgencyStatus.VERIFIED ? AuditAction.AGENCY_VERIFIED : AuditAction.AGENCY_REJECTED,
                "agency " + agency.getId(), why);
        return agency;
    }

    private Optional<UserAccount> account(String email) {
        return em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class).setParameter("email", EmailAddress.normalize(email))
                .getResultStream().findFirst();
    }
}
