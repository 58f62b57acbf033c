package org.peercert.applications.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.peercert.applications.ApplicationForm;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.Track;
import org.peercert.platform.format.UsStates;

/** The fields an applicant fills in over the application's steps, as typed, for {@link ApplicationBean}. */
public class ApplicationFormFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private Track track;
    private String legalFirstName;
    private String legalLastName;
    private String otherNames;
    private LocalDate dateOfBirth;
    private String addressLine;
    private String city;
    private String stateCode;
    private String postalCode;
    private String phone;
    private boolean livedExperience;
    private String recoveryStatement;

    void fillFrom(CertificationApplication a) {
        track = a.getTrack();
        legalFirstName = a.getLegalFirstName();
        legalLastName = a.getLegalLastName();
        otherNames = a.getOtherNames();
        dateOfBirth = a.getDateOfBirth();
        addressLine = a.getAddressLine();
        city = a.getCity();
        stateCode = a.getStateCode();
        postalCode = a.getPostalCode();
        phone = a.getPhone();
        livedExperience = a.isLivedExperience();
        recoveryStatement = a.getRecoveryStatement();
    }

    ApplicationForm toForm() {
        return new ApplicationForm(track, legalFirstName, legalLastName, otherNames, dateOfBirth, addressLine, city, stateCode, postalCode,
                phone, livedExperience, recoveryStatement);
    }

    /** The state's name for the review step ("Kansas"); what was stored when it is no known code. */
    public String getStateName() {
        return UsStates.code(stateCode).map(UsStates::name).orElse(stateCode);
    }

    public Map<String, String> getStates() {
        return UsStates.all();
    }

    public Track getTrack() {
        return track;
    }

    public void setTrack(Track track) {
        this.track = track;
    }

    public String getLegalFirstName() {
        return legalFirstName;
    }

    public void setLegalFirstName(String legalFirstName) {
        this.legalFirstName = legalFirstName;
    }

    public String getLegalLastName() {
        return legalLastName;
    }

    public void setLegalLastName(String legalLastName) {
        this.legalLastName = legalLastName;
    }

    public String getOtherNames() {
        return otherNames;
    }

    public void setOtherNames(String otherNames) {
        this.otherNames = otherNames;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getStateCode() {
        return stateCode;
    }

    public void setStateCode(String stateCode) {
        this.stateCode = stateCode;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isLivedExperience() {
        return livedExperience;
    }

    public void setLivedExperience(boolean livedExperience) {
        this.livedExperience = livedExperience;
    }

    public String getRecoveryStatement() {
        return recoveryStatement;
    }

    public void setRecoveryStatement(String recoveryStatement) {
        this.recoveryStatement = recoveryStatement;
    }
}
