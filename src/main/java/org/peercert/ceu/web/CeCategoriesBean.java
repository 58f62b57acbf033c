package org.peercert.ceu.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.peercert.account.web.CurrentUser;
import org.peercert.ceu.CeCategory;
import org.peercert.ceu.CeService;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/** /admin/ce-categories.xhtml: the continuing-education categories and their minimum hours (R-CEU-1). */
@Named
@ViewScoped
public class CeCategoriesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CeService ce;

    @Inject
    CurrentUser currentUser;

    private String name;
    private BigDecimal minimumHours;

    public void add() {
        try {
            CeCategory added = ce.addCategory(currentUser.getEmail(), name, minimumHours);
            FacesMessages.info("ce.categoryAdded", added.getName());
            Redirects.to("/admin/ce-categories.xhtml");
        } catch (UserProblem problem) {
            FacesMessages.fieldError("add:name", problem.messageKey(), problem.arguments());
        }
    }

    public List<CeCategory> getCategories() {
        return ce.categories();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getMinimumHours() {
        return minimumHours;
    }

    public void setMinimumHours(BigDecimal minimumHours) {
        this.minimumHours = minimumHours;
    }
}
