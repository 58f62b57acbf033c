package org.peercert.agency.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.peercert.account.web.CurrentUser;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyService;
import org.peercert.agency.RosterService;
import org.peercert.agency.check.CheckAnswer;
import org.peercert.agency.check.CheckRequest;
import org.peercert.agency.check.EligibilityCheck;
import org.peercert.agency.check.EligibilityService;
import org.peercert.billing.ServiceRules;
import org.peercert.certificate.Certificate;
import org.peercert.platform.NotYours;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Forbidden;
import org.peercert.platform.web.PagedModel;

/** /agency/checks.xhtml: "may this person deliver this service to this consumer?", and the agency's past checks. */
@Named
@ViewScoped
public class ChecksBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgencyService agencies;

    @Inject
    RosterService roster;

    @Inject
    EligibilityService checks;

    @Inject
    ServiceRules rules;

    @Inject
    CurrentUser currentUser;

    private transient Agency agency;
    private long agencyId = -1;
    private transient List<Certificate> people;
    private transient CheckAnswer answer;
    private String certificateNumber;
    private String jurisdiction;
    private String code = "H0038";
    private String modifiers;
    private boolean parentPeerSupport;
    private LocalDate serviceDate;
    private LocalDate consumerDateOfBirth;
    private LocalDate parentDateOfBirth;
    private Integer units;
    private Integer groupSize;
    private Integer unitsAlreadyThatDay;
    private BigDecimal groupHoursThisYear;
    private LocalDate authorizationStart;
    private Integer authorizationUnitsUsed;
    private boolean priorAuthorized;

    @PostConstruct
    void load() {
        agency = agencies.agencyOf(currentUser.getEmail()).orElse(null);
        people = agency == null ? List.of() : roster.members(agency.getId());
        jurisdiction = agency == null ? null : agency.getState();
        agencyId = agency == null ? -1 : agency.getId();
    }

    public void check() {
        try {
            answer = checks.check(agency, currentUser.getEmail(), new CheckRequest(certificateNumber, jurisdiction, code, modifiers,
                    parentPeerSupport, serviceDate, consumerDateOfBirth, parentDateOfBirth, units, groupSize, unitsAlreadyThatDay,
                    groupHoursThisYear, authorizationStart, authorizationUnitsUsed, priorAuthorized));
        } catch (NotYours notOnRoster) {
            Forbidden.send();
        } catch (UserProblem problem) {
            answer = null;
            FacesMessages.fieldError("check:person", problem.messageKey(), problem.arguments());
        }
    }

    public Agency getAgency() {
        return agency;
    }

    public List<Certificate> getPeople() {
        return people;
    }

    public List<String> getJurisdictions() {
        return rules.jurisdictions();
    }

    public CheckAnswer getAnswer() {
        return answer;
    }

    public PagedModel<EligibilityCheck> getHistory() {
        return PagedModel.forRequest(this, (first, size) -> checks.checksOf(agencyId, null, first, size));
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getModifiers() {
        return modifiers;
    }

    public void setModifiers(String modifiers) {
        this.modifiers = modifiers;
    }

    public boolean isParentPeerSupport() {
        return parentPeerSupport;
    }

    public void setParentPeerSupport(boolean parentPeerSupport) {
        this.parentPeerSupport = parentPeerSupport;
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public void setServiceDate(LocalDate serviceDate) {
        this.serviceDate = serviceDate;
    }

    public LocalDate getConsumerDateOfBirth() {
        return consumerDateOfBirth;
    }

    public void setConsumerDateOfBirth(LocalDate consumerDateOfBirth) {
        this.consumerDateOfBirth = consumerDateOfBirth;
    }

    public LocalDate getParentDateOfBirth() {
        return parentDateOfBirth;
    }

    public void setParentDateOfBirth(LocalDate parentDateOfBirth) {
        this.parentDateOfBirth = parentDateOfBirth;
    }

    public Integer getUnits() {
        return units;
    }

    public void setUnits(Integer units) {
        this.units = units;
    }

    public Integer getGroupSize() {
        return groupSize;
    }

    public void setGroupSize(Integer groupSize) {
        this.groupSize = groupSize;
    }

    public Integer getUnitsAlreadyThatDay() {
        return unitsAlreadyThatDay;
    }

    public void setUnitsAlreadyThatDay(Integer unitsAlreadyThatDay) {
        this.unitsAlreadyThatDay = unitsAlreadyThatDay;
    }

    public BigDecimal getGroupHoursThisYear() {
        return groupHoursThisYear;
    }

    public void setGroupHoursThisYear(BigDecimal groupHoursThisYear) {
        this.groupHoursThisYear = groupHoursThisYear;
    }

    public LocalDate getAuthorizationStart() {
        return authorizationStart;
    }

    public void setAuthorizationStart(LocalDate authorizationStart) {
        this.authorizationStart = authorizationStart;
    }

    public Integer getAuthorizationUnitsUsed() {
        return authorizationUnitsUsed;
    }

    public void setAuthorizationUnitsUsed(Integer authorizationUnitsUsed) {
        this.authorizationUnitsUsed = authorizationUnitsUsed;
    }

    public boolean isPriorAuthorized() {
        return priorAuthorized;
    }

    public void setPriorAuthorized(boolean priorAuthorized) {
        this.priorAuthorized = priorAuthorized;
    }
}
