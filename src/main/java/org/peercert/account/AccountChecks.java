package org.peercert.account;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** The checks and words shared by the account services. */
final class AccountChecks {

    private AccountChecks() {
    }

    static String requireEmail(String typed) {
        String email = EmailAddress.normalize(typed);
        if (email.isEmpty()) {
            throw new AccountProblem("email", "account.email.required");
        }
        if (!EmailAddress.isPlausible(email)) {
            throw new AccountProblem("email", "account.email.invalid");
        }
        return email;
    }

    static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new AccountProblem(field, "account." + field + ".required");
        }
        if (value.strip().length() > 100) {
            throw new AccountProblem(field, "account.name.tooLong");
        }
    }

    /**
     * Issue #22, finding 10: an administrator's operation checks in the service, not only by the page's address, that
     * the one acting is an active administrator.
     */
    static void requireAdministrator(Optional<UserAccount> actor) {
        if (actor.filter(a -> a.getStatus() == UserStatus.ACTIVE && a.getRoles().contains(Role.ADMIN)).isEmpty()) {
            throw new AccountProblem(null, "account.notAdministrator");
        }
    }

    static String labels(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }
}
