package org.peercert.testing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.peercert.account.Role;

/** The client of the fixture servlets: browser tests set up an applicant, an account or an agency on the server side, signed in as staff. */
public final class ServerFixtures {

    private static final Map<Role, String> LOOKERS = new EnumMap<>(Role.class);

    private ServerFixtures() {
    }

    /** A new confirmed account of this name with these roles and {@link TestAccounts#PASSWORD}; returns its unique email. */
    public static String account(String firstName, String lastName, Role... roles) {
        return account(TestAccounts.emailFor(roles[0]), firstName, lastName, TestAccounts.PASSWORD, roles);
    }

    /**
     * An account of this role made once for the run, for tests that only look as that role (who may open which page,
     * each role's menu) and change nothing of the account's; password {@link TestAccounts#PASSWORD}.
     */
    public static synchronized String someone(Role role) {
        return LOOKERS.computeIfAbsent(role, r -> account("Onlooker", r.name().charAt(0) + r.name().substring(1).toLowerCase(), r));
    }

    /** A new confirmed account with this email, name, password and roles; returns the email. */
    public static String account(String email, String firstName, String lastName, String password, Role... roles) {
        return post("/staff/test-support/account", Map.of("email", email, "firstName", firstName, "lastName", lastName,
                "dateOfBirth", "1980-01-01", "password", password, "roles",
                Arrays.stream(roles).map(Role::name).collect(Collectors.joining(","))));
    }

    /** A new applicant with this email, name, birth date and password, brought to the stage; returns the email. */
    public static String applicant(ApplicationFixtures.Stage stage, String email, String firstName, String lastName, LocalDate dateOfBirth,
                                   String password) {
        postApplicant(stage, email, firstName, lastName, dateOfBirth, password);
        return email;
    }

    /** A new certificate holder with this email, name, birth date and password; returns the certificate's number. */
    public static String holder(String email, String firstName, String lastName, LocalDate dateOfBirth, String password) {
        return postApplicant(ApplicationFixtures.Stage.CERTIFIED, email, firstName, lastName, dateOfBirth, password);
    }

    private static String postApplicant(ApplicationFixtures.Stage stage, String email, String firstName, String lastName, LocalDate dateOfBirth,
                                        String password) {
        return post("/staff/test-support/applicant", Map.of("stage", stage.name(), "email", email,
                "firstName", firstName, "lastName", lastName, "dateOfBirth", dateOfBirth.toString(), "password", password));
    }

    /**
     * A verified agency with an administrator and a Peer Support Supervisor of these emails (password
     * {@link TestAccounts#PASSWORD}) and one supervised, certified person of this name and birth date on its roster.
     */
    public static SupervisedAgency supervisedAgency(String adminEmail, String supervisorEmail, String firstName, String lastName,
                                                    LocalDate dateOfBirth) {
        String[] made = post("/staff/test-support/agency", Map.of("adminEmail", adminEmail, "supervisorEmail", supervisorEmail,
                "firstName", firstName, "lastName", lastName, "dateOfBirth", dateOfBirth.toString())).split("\n");
        return new SupervisedAgency(made[0], made[1], made[2], made[3]);
    }

    /** The agency's name, the certificate number of the person on its roster, an API key of the agency, and the holder's email. */
    public record SupervisedAgency(String agencyName, String certificateNumber, String apiKey, String holderEmail) {
    }

    /** #25: the report tests' known records in a year and region of their own; answers the year and the region. */
    public static String[] reportRecords() {
        return post("/staff/test-support/reports", Map.of()).split("\n");
    }

    /** Posts to a fixture servlet as staff; returns its answer. */
    private static String post(String path, Map<String, String> form) {
        PortalClient staff = new PortalClient();
        staff.signIn(TestAccounts.STAFF, TestAccounts.PASSWORD);
        PortalClient.Page answer = staff.post(path, form);
        if (answer.status() != 200) {
            throw new AssertionError("The fixture servlet answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }
}
