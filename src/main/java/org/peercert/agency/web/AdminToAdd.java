package org.peercert.agency.web;

import java.io.Serializable;

/**
 * The "add an administrator" form an agency's administrators and staff both fill in (#26): an address, and a name
 * only when the person has no account yet and is to be invited.
 */
public class AdminToAdd implements Serializable {

    private static final long serialVersionUID = 1L;
    private String email;
    private String firstName;
    private String lastName;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }
}
