package org.peercert.testing;

import java.time.LocalDate;
import java.util.Map;
import org.peercert.account.Role;

/** The client of {@link ApplicantFixtureServlet}: browser tests set up an applicant on the server side, signed in as staff. */
public final class ServerFixtures {

    private ServerFixtures() {
    }

    /** A new applicant with this email, name, birth date and password, brought to the stage; returns the email. */
    public static String applicant(ApplicationFixtures.Stage stage, String email, String firstName, String lastName, LocalDate dateOfBirth,
                                   String password) {
        PortalClient staff = new PortalClient();
        staff.signIn(DemoUsers.email(Role.STAFF), DemoUsers.PASSWORD);
        PortalClient.Page answer = staff.post("/staff/test-support/applicant", Map.of("stage", stage.name(), "email", email,
                "firstName", firstName, "lastName", lastName, "dateOfBirth", dateOfBirth.toString(), "password", password));
        if (answer.status() != 200) {
            throw new AssertionError("The fixture servlet answered " + answer.status() + ": " + answer.body());
        }
        return email;
    }
}
