package org.peercert.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import org.peercert.applications.Track;

/** One row of the rule table (R-SVC-1..5) as stored; {@link #terms()} is what the check reads. */
@Entity
@Table(name = "service_rule")
public class ServiceRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String jurisdiction;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(name = "required_modifiers", nullable = false, length = 40)
    private String requiredModifiers;

    @Column(name = "allowed_modifiers", nullable = false, length = 60)
    private String allowedModifiers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Track track;

    @Column(name = "group_service", nullable = false)
    private boolean groupService;

    @Column(name = "max_units_per_day")
    private Integer maxUnitsPerDay;

    @Column(name = "max_group_size")
    private Integer maxGroupSize;

    @Column(name = "annual_group_hours")
    private Integer annualGroupHours;

    @Column(name = "initial_auth_units")
    private Integer initialAuthorizationUnits;

    @Column(name = "initial_auth_days")
    private Integer initialAuthorizationDays;

    @Column(name = "rate_per_unit", precision = 8, scale = 2)
    private BigDecimal ratePerUnit;

    @Column(name = "network_approval_required", nullable = false)
    private boolean networkApprovalRequired;

    @Column(nullable = false, length = 200)
    private String description;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected ServiceRule() {
    }

    public ServiceTerms terms() {
        return new ServiceTerms(jurisdiction, code, BillingRules.modifiers(requiredModifiers), BillingRules.modifiers(allowedModifiers), track,
                groupService,
                maxUnitsPerDay, maxGroupSize, annualGroupHours, initialAuthorizationUnits, initialAuthorizationDays, ratePerUnit,
                networkApprovalRequired, description);
    }

    /** Modifiers as stored: upper case, sorted, one space between. */
    public static String stored(Set<String> modifiers) {
        return String.join(" ", new TreeSet<>(modifiers));
    }

    /** An administrator's edit of the row's limits and rate (the code, modifiers and track identify the row and stay). */
    void edit(RuleLimits limits) {
        this.maxUnitsPerDay = limits.maxUnitsPerDay();
        this.maxGroupSize = limits.maxGroupSize();
        this.annualGroupHours = limits.annualGroupHours();
        this.initialAuthorizationUnits = limits.initialAuthorizationUnits();
        this.initialAuthorizationDays = limits.initialAuthorizationDays();
        this.ratePerUnit = limits.ratePerUnit();
        this.networkApprovalRequired = limits.networkApprovalRequired();
        this.allowedModifiers = stored(limits.allowedModifiers());
        this.active = limits.active();
    }

    public Long getId() {
        return id;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public String getCode() {
        return code;
    }

    public String getRequiredModifiers() {
        return requiredModifiers;
    }

    public String getAllowedModifiers() {
        return allowedModifiers;
    }

    public Track getTrack() {
        return track;
    }

    public boolean isGroupService() {
        return groupService;
    }

    public Integer getMaxUnitsPerDay() {
        return maxUnitsPerDay;
    }

    public Integer getMaxGroupSize() {
        return maxGroupSize;
    }

    public Integer getAnnualGroupHours() {
        return annualGroupHours;
    }

    public Integer getInitialAuthorizationUnits() {
        return initialAuthorizationUnits;
    }

    public Integer getInitialAuthorizationDays() {
        return initialAuthorizationDays;
    }

    public BigDecimal getRatePerUnit() {
        return ratePerUnit;
    }

    public boolean isNetworkApprovalRequired() {
        return networkApprovalRequired;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
