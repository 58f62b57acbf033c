package org.peercert.agency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peercert.account.UserAccount;
import org.peercert.account.web.CurrentUser;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyProblem;
import org.peercert.agency.AgencyService;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/**
 * /staff/agency.xhtml?id=: one agency as staff see it, with its administrators; staff add one (an account, or a person
 * invited by name) or remove one, never the last (#26).
 */
@Named
@ViewScoped
public class StaffAgencyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgencyService agencies;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private transient Agency agency;
    private transient List<UserAccount> admins;
    private final AdminToAdd adding = new AdminToAdd();

    public void load() {
        try {
            agency = id == null ? null : agencies.find(id);
        } catch (AgencyProblem unknown) {
            agency = null;
        }
        admins = agency == null ? List.of() : agencies.adminsOf(agency.getId());
    }

    public void addAdmin() {
        UserAccount added = agencies.addAdminAsStaff(currentUser.getEmail(), id, adding.getEmail(), adding.getFirstName(), adding.getLastName());
        FacesMessages.info("agency.adminAddedByStaff", added.getEmail(), agency.getLegalName());
        Redirects.to(page());
    }

    public void removeAdmin(long userId) {
        UserAccount removed = agencies.removeAdminAsStaff(currentUser.getEmail(), id, userId);
        FacesMessages.info("agency.adminRemovedByStaff", removed.getEmail(), agency.getLegalName());
        Redirects.to(page());
    }

    private String page() {
        return "/staff/agency.xhtml?id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Agency getAgency() {
        return agency;
    }

    public List<UserAccount> getAdmins() {
        return admins;
    }

    public AdminToAdd getAdding() {
        return adding;
    }
}
