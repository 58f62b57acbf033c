package org.peercert.agency.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peercert.account.UserAccount;
import org.peercert.account.web.CurrentUser;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyDraft;
import org.peercert.agency.AgencyService;
import org.peercert.agency.ApiKey;
import org.peercert.agency.ApiKeys;
import org.peercert.agency.RosterService;
import org.peercert.platform.UserProblem;
import org.peercert.platform.format.UsStates;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/** /agency/index.xhtml: register the agency, or see it with its administrators, roster summary, digest choice and API keys. */
@Named
@ViewScoped
public class AgencyHomeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgencyService agencies;

    @Inject
    RosterService roster;

    @Inject
    ApiKeys keys;

    @Inject
    CurrentUser currentUser;

    private transient Optional<Agency> agency;
    private transient List<UserAccount> admins;
    private transient List<ApiKey> apiKeys;
    private long onRoster;
    private long eligible;
    private final AgencyForm form = new AgencyForm();
    private final AdminToAdd adding = new AdminToAdd();
    private String keyLabel;
    private LocalDate keyExpiresOn;
    private boolean keyReadOnly;
    private String issuedKey;
    private boolean digest;

    @PostConstruct
    void load() {
        agency = agencies.agencyOf(currentUser.getEmail());
        admins = agency.map(a -> agencies.adminsOf(a.getId())).orElse(List.of());
        apiKeys = agency.map(a -> keys.of(a.getId())).orElse(List.of());
        digest = agency.map(Agency::isDailyDigest).orElse(false);
        agency.ifPresent(a -> {
            var lines = roster.roster(a.getId());
            onRoster = lines.size();
            eligible = lines.stream().filter(l -> l.record().eligible()).count();
        });
    }

    public void register() {
        agencies.register(currentUser.getEmail(), form.draft());
        FacesMessages.info("agency.registered");
        Redirects.to("/agency/index.xhtml");
    }

    public void addAdmin() {
        try {
            UserAccount added = agencies.addAdmin(currentUser.getEmail(), adding.getEmail(), adding.getFirstName(), adding.getLastName());
            FacesMessages.info("agency.adminAdded", added.getEmail());
            Redirects.to("/agency/index.xhtml");
        } catch (UserProblem problem) {
            FacesMessages.problemAt("admins:newAdmin", problem);
        }
    }

    public void removeAdmin(long userId) {
        try {
            UserAccount removed = agencies.removeAdmin(currentUser.getEmail(), userId);
            FacesMessages.info("agency.adminRemoved", removed.getFullName());
            Redirects.to("/agency/index.xhtml");
        } catch (UserProblem problem) {
            FacesMessages.error(problem.messageKey(), problem.arguments());
        }
    }

    public void saveDigest() {
        agencies.setDailyDigest(currentUser.getEmail(), digest);
        FacesMessages.info("agency.digestSaved", digest ? "one digest mail a day" : "a mail for each change");
        Redirects.to("/agency/index.xhtml");
    }

    public void createKey() {
        try {
            issuedKey = keys.create(currentUser.getEmail(), keyLabel, keyExpiresOn, keyReadOnly).secret();
            keyLabel = null;
            keyExpiresOn = null;
            keyReadOnly = false;
            apiKeys = keys.of(agency.get().getId());
            FacesMessages.fieldInfo("keys:label", "apiKey.created");
        } catch (UserProblem problem) {
            String field = "apiKey.expiry".equals(problem.messageKey()) ? "keys:expiresOn" : "keys:label";
            FacesMessages.fieldError(field, problem.messageKey(), problem.arguments());
        }
    }

    public void revokeKey(long keyId, String prefix) {
        keys.revoke(currentUser.getEmail(), keyId);
        FacesMessages.info("apiKey.revoked", prefix);
        Redirects.to("/agency/index.xhtml");
    }

    public Agency getAgency() {
        return agency.orElse(null);
    }

    public List<UserAccount> getAdmins() {
        return admins;
    }

    public List<ApiKey> getApiKeys() {
        return apiKeys;
    }

    public long getOnRoster() {
        return onRoster;
    }

    public long getEligible() {
        return eligible;
    }

    public AgencyForm getForm() {
        return form;
    }

    public String getKeyLabel() {
        return keyLabel;
    }

    public void setKeyLabel(String keyLabel) {
        this.keyLabel = keyLabel;
    }

    public LocalDate getKeyExpiresOn() {
        return keyExpiresOn;
    }

    public void setKeyExpiresOn(LocalDate keyExpiresOn) {
        this.keyExpiresOn = keyExpiresOn;
    }

    public boolean isKeyReadOnly() {
        return keyReadOnly;
    }

    public void setKeyReadOnly(boolean keyReadOnly) {
        this.keyReadOnly = keyReadOnly;
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public boolean isDigest() {
        return digest;
    }

    public void setDigest(boolean digest) {
        this.digest = digest;
    }

    public AdminToAdd getAdding() {
        return adding;
    }

    /** The registration form's fields. */
    public static class AgencyForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String legalName;
        private String npi;
        private String medicaidId;
        private String street;
        private String city;
        private String state;
        private String postalCode;
        private String contactName;
        private String contactEmail;
        private String contactPhone;

        /** The states and territories to choose from, by USPS code. */
        public Map<String, String> getStates() {
            return UsStates.all();
        }

        AgencyDraft draft() {
            return new AgencyDraft(legalName, npi, medicaidId, street, city, state, postalCode, contactName, contactEmail, contactPhone);
        }

        public String getLegalName() {
            return legalName;
        }

        public void setLegalName(String legalName) {
            this.legalName = legalName;
        }

        public String getNpi() {
            return npi;
        }

        public void setNpi(String npi) {
            this.npi = npi;
        }

        public String getMedicaidId() {
            return medicaidId;
        }

        public void setMedicaidId(String medicaidId) {
            this.medicaidId = medicaidId;
        }

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getState() {
            return state;
        }

        public void setState(String state) {
            this.state = state;
        }

        public String getPostalCode() {
            return postalCode;
        }

        public void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }

        public String getContactName() {
            return contactName;
        }

        public void setContactName(String contactName) {
            this.contactName = contactName;
        }

        public String getContactEmail() {
            return contactEmail;
        }

        public void setContactEmail(String contactEmail) {
            this.contactEmail = contactEmail;
        }

        public String getContactPhone() {
            return contactPhone;
        }

        public void setContactPhone(String contactPhone) {
            this.contactPhone = contactPhone;
        }
    }
}
