package org.entekhabat.stations.web;

import org.entekhabat.identity.Users;
import org.entekhabat.platform.DomainException;
import org.springframework.stereotype.Component;

/** Staff are assigned by account: the username must be one identity knows. */
@Component
class StaffAccounts {

    private final Users users;

    StaffAccounts(Users users) {
        this.users = users;
    }

    void requireExists(String username) {
        if (username == null || users.find(username).isEmpty()) {
            throw DomainException.badInput("unknown-user", "کاربری با این نام کاربری در سامانه نیست.",
                    "No user account has this username.");
        }
    }
}
