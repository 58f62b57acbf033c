package org.peercert.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.peercert.account.AccountService;
import org.peercert.account.Role;
import org.peercert.exam.ItemBankService;

/**
 * The people tests act as, made by the test deployment itself: the test server runs without the demo seed, so no test
 * depends on it. The staff members, trainer and administrator below are actors shared by the run (the fixtures act as
 * them, and {@link ServerFixtures} signs in as {@link #STAFF} to reach the fixture servlets); a test whose subject is a
 * person (a holder, a supervisor, an agency's administrator) makes its own with {@link #create}
 * ({@link #emailFor} on the client side, through {@link ServerFixtures}). The written test's
 * item bank is shared reference data, like the curriculum the migrations seed: loaded once if empty.
 */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = "Fixture-Pass-2026";
    /** The test server's office and its phone (#28): PEERCERT_OFFICE_NAME and _PHONE in the pom's failsafe settings. */
    public static final String OFFICE_NAME = "Sunflower Peer Certification Board";
    /** The test server's program (#28): PEERCERT_OFFICE_PROGRAM in the pom's failsafe settings, where the demo says "PeerCert". */
    public static final String PROGRAM = "Kansas Peer Support Registry";
    public static final String OFFICE_PHONE = "785-555-0199";
    /** Its colours (#28): PEERCERT_OFFICE_HEADER_COLOR and _ACCENT_COLOR, so every browser test's contrast check runs on them. */
    public static final String HEADER_COLOR = "#5b2a86";
    public static final String ACCENT_COLOR = "#1a5e20";
    public static final String STAFF = "fixture.staff@test.peercert.test";
    /** A second staff member, who adjudicates what the first recorded (R-BG-2). */
    public static final String SECOND_STAFF = "fixture.reviewer@test.peercert.test";
    public static final String TRAINER = "fixture.trainer@test.peercert.test";
    public static final String ADMIN = "fixture.admin@test.peercert.test";
    private static final String ITEM_BANK = "/org/peercert/demo/sample-exam-items.csv";

    @Inject
    AccountService accounts;

    @Inject
    ItemBankService bank;

    void onStartup(@Observes Startup startup) {
        accounts.ensureDemoAccount(STAFF, "Fran", "Fixture", null, EnumSet.of(Role.STAFF), PASSWORD);
        accounts.ensureDemoAccount(SECOND_STAFF, "Reese", "Fixture", null, EnumSet.of(Role.STAFF), PASSWORD);
        accounts.ensureDemoAccount(TRAINER, "Tate", "Fixture", null, EnumSet.of(Role.TRAINER), PASSWORD);
        accounts.ensureDemoAccount(ADMIN, "Ada", "Fixture", null, EnumSet.of(Role.ADMIN), PASSWORD);
        if (bank.activeCounts().values().stream().allMatch(count -> count == 0)) {
            try (Reader csv = new InputStreamReader(TestAccounts.class.getResourceAsStream(ITEM_BANK), StandardCharsets.UTF_8)) {
                bank.importItems(ADMIN, csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A new confirmed account of this role and name with {@link #PASSWORD}; returns its unique email. */
    public String create(Role role, String firstName, String lastName) {
        String email = emailFor(role);
        accounts.ensureDemoAccount(email, firstName, lastName, LocalDate.of(1975, 3, 14), EnumSet.of(role), PASSWORD);
        return email;
    }

    /** A unique address for a person of this role: agency.admin-1a2b3c4d@test.peercert.test. */
    public static String emailFor(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '.') + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@test.peercert.test";
    }
}
