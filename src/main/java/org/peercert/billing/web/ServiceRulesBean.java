package org.peercert.billing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.peercert.account.web.CurrentUser;
import org.peercert.billing.BillingRules;
import org.peercert.billing.RuleLimits;
import org.peercert.billing.ServiceRule;
import org.peercert.billing.ServiceRules;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/** /admin/service-rules.xhtml: the billing rule table (R-SVC-1..5); an administrator changes a row's limits and rate. */
@Named
@ViewScoped
public class ServiceRulesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceRules rules;

    @Inject
    CurrentUser currentUser;

    private transient List<ServiceRule> rows;
    private Long editingId;
    private long editingVersion;
    private String editingName;
    private Integer maxUnitsPerDay;
    private Integer maxGroupSize;
    private Integer annualGroupHours;
    private Integer initialAuthorizationUnits;
    private Integer initialAuthorizationDays;
    private BigDecimal ratePerUnit;
    private boolean networkApprovalRequired;
    private String allowedModifiers;
    private boolean active;

    @PostConstruct
    void load() {
        rows = rules.all();
    }

    public void edit(ServiceRule r) {
        editingId = r.getId();
        editingVersion = r.getVersion();
        editingName = r.getJurisdiction() + " " + r.getCode() + " " + r.getRequiredModifiers() + " (" + r.getTrack() + ")";
        maxUnitsPerDay = r.getMaxUnitsPerDay();
        maxGroupSize = r.getMaxGroupSize();
        annualGroupHours = r.getAnnualGroupHours();
        initialAuthorizationUnits = r.getInitialAuthorizationUnits();
        initialAuthorizationDays = r.getInitialAuthorizationDays();
        ratePerUnit = r.getRatePerUnit();
        networkApprovalRequired = r.isNetworkApprovalRequired();
        allowedModifiers = r.getAllowedModifiers();
        active = r.isActive();
    }

    public void save() {
        try {
            rules.edit(currentUser.getEmail(), editingId, editingVersion, new RuleLimits(maxUnitsPerDay, maxGroupSize, annualGroupHours,
                    initialAuthorizationUnits, initialAuthorizationDays, ratePerUnit, networkApprovalRequired, BillingRules.modifiers(allowedModifiers),
                    active));
            FacesMessages.info("billing.ruleSaved", editingName);
            Redirects.to("/admin/service-rules.xhtml");
        } catch (OptimisticLockException changed) {
            FacesMessages.error("billing.ruleChanged");
        } catch (UserProblem problem) {
            FacesMessages.fieldError("edit:maxUnitsPerDay", problem.messageKey(), problem.arguments());
        }
    }

    public List<ServiceRule> getRows() {
        return rows;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getEditingName() {
        return editingName;
    }

    public Integer getMaxUnitsPerDay() {
        return maxUnitsPerDay;
    }

    public void setMaxUnitsPerDay(Integer maxUnitsPerDay) {
        this.maxUnitsPerDay = maxUnitsPerDay;
    }

    public Integer getMaxGroupSize() {
        return maxGroupSize;
    }

    public void setMaxGroupSize(Integer maxGroupSize) {
        this.maxGroupSize = maxGroupSize;
    }

    public Integer getAnnualGroupHours() {
        return annualGroupHours;
    }

    public void setAnnualGroupHours(Integer annualGroupHours) {
        this.annualGroupHours = annualGroupHours;
    }

    public Integer getInitialAuthorizationUnits() {
        return initialAuthorizationUnits;
    }

    public void setInitialAuthorizationUnits(Integer initialAuthorizationUnits) {
        this.initialAuthorizationUnits = initialAuthorizationUnits;
    }

    public Integer getInitialAuthorizationDays() {
        return initialAuthorizationDays;
    }

    public void setInitialAuthorizationDays(Integer initialAuthorizationDays) {
        this.initialAuthorizationDays = initialAuthorizationDays;
    }

    public BigDecimal getRatePerUnit() {
        return ratePerUnit;
    }

    public void setRatePerUnit(BigDecimal ratePerUnit) {
        this.ratePerUnit = ratePerUnit;
    }

    public boolean isNetworkApprovalRequired() {
        return networkApprovalRequired;
    }

    public void setNetworkApprovalRequired(boolean networkApprovalRequired) {
        this.networkApprovalRequired = networkApprovalRequired;
    }

    public String getAllowedModifiers() {
        return allowedModifiers;
    }

    public void setAllowedModifiers(String allowedModifiers) {
        this.allowedModifiers = allowedModifiers;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
