package org.peercert.account;

import java.util.Set;

/** An administrator's invitation of a staff member, trainer, supervisor, agency or network user. */
public record Invitation(String firstName, String lastName, String email, Set<Role> roles) {
}
