package org.peercert.testing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.peercert.account.Role;

/** The client of the fixture servlets: browser tests set up an applicant or an account on the server side, signed in as staff. */
public final class ServerFixtures {

    private ServerFixtures() {
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
        return post("/staff/test-support/applicant", Map.of("stage", stage.name(), "email", email,
                "firstName", firstName, "lastName", lastName, "dateOfBirth", dateOfBirth.toString(), "password", password));
    }

    /** Posts to a fixture servlet as staff; returns the email it answers with. */
    private static String post(String path, Map<String, String> form) {
        PortalClient staff = new PortalClient();
        staff.signIn(DemoUsers.email(Role.STAFF), DemoUsers.PASSWORD);
        PortalClient.Page answer = staff.post(path, form);
        if (answer.status() != 200) {
            throw new AssertionError("The fixture servlet answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }
}
