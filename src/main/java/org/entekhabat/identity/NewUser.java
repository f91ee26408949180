package org.entekhabat.identity;

/** A request to open an account. The password is plain text here and hashed before it is stored. */
public record NewUser(String username, String displayName, Role role, Jurisdiction jurisdiction, String password) {

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role + ", " + jurisdiction + "]"; // never the password
    }
}
