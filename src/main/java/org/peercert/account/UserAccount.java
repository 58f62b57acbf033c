package org.peercert.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A person who signs in: an applicant who registered, or someone an administrator invited. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_EMAIL, query = "select u from UserAccount u where u.email = :email")
public class UserAccount {

    public static final String BY_EMAIL = "UserAccount.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UserStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {
    }

    private UserAccount(String email, String firstName, String lastName, LocalDate dateOfBirth,
                        UserStatus status, Collection<Role> roles, Instant now) {
        if (!EmailAddress.isPlausible(email)) {
            throw new IllegalArgumentException("Not a normalized email address: " + email);
        }
        this.email = email;
        this.firstName = requireText(firstName, "first name");
        this.lastName = requireText(lastName, "last name");
        this.dateOfBirth = dateOfBirth;
        this.status = status;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
    }

    static UserAccount registeredApplicant(String email, String firstName, String lastName, LocalDate dateOfBirth,
                                           String passwordHash, Instant now) {
        UserAccount account = new UserAccount(email, firstName, lastName, Objects.requireNonNull(dateOfBirth),
                UserStatus.PENDING_VERIFICATION, Set.of(Role.APPLICANT), now);
        account.passwordHash = Objects.requireNonNull(passwordHash);
        return account;
    }

    static UserAccount invited(String email, String firstName, String lastName, Collection<Role> roles, Instant now) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An invited account needs at least one role");
        }
        return new UserAccount(email, firstName, lastName, null, UserStatus.INVITED, roles, now);
    }

    /** Demo data: an account that is already active, with a known password. */
    static UserAccount activeDemo(String email, String firstName, String lastName, LocalDate dateOfBirth,
                                  Collection<Role> roles, String passwordHash, Instant now) {
        UserAccount account = new UserAccount(email, firstName, lastName, dateOfBirth, UserStatus.ACTIVE, roles, now);
        account.passwordHash = Objects.requireNonNull(passwordHash);
        account.verifiedAt = now;
        return account;
    }

    /** The same password, hashed again at the current cost (see PasswordHasher.isOutdated). */
    void passwordRehashed(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    /** Following an emailed link proves the address, so it also verifies a pending or invited account. */
    void passwordSetByEmailLink(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        if (status == UserStatus.PENDING_VERIFICATION || status == UserStatus.INVITED) {
            status = UserStatus.ACTIVE;
            verifiedAt = now;
        }
    }

    void emailVerified(Instant now) {
        if (status == UserStatus.PENDING_VERIFICATION) {
            status = UserStatus.ACTIVE;
            verifiedAt = now;
        }
    }

    void replaceRoles(Collection<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void disable() {
        status = UserStatus.DISABLED;
    }

    void enable() {
        if (status == UserStatus.DISABLED) {
            status = verifiedAt == null ? UserStatus.PENDING_VERIFICATION : UserStatus.ACTIVE;
        }
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is required");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public UserStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }
}
