package org.entekhabat.identity;

import org.entekhabat.platform.DomainException;

/**
 * What a password must be: long enough to resist guessing (length beats composition rules, as in
 * NIST SP 800-63B), not the username, and not absurdly long (hashing cost).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw DomainException.badInput("password-too-short",
                    "گذرواژه باید دست‌کم ۱۰ نویسه باشد.",
                    "The password must be at least " + MIN_LENGTH + " characters long.");
        }
        if (password.length() > MAX_LENGTH) {
            throw DomainException.badInput("password-too-long",
                    "گذرواژه نباید بیش از ۱۲۸ نویسه باشد.",
                    "The password must be at most " + MAX_LENGTH + " characters long.");
        }
        if (password.strip().equalsIgnoreCase(username == null ? "" : username.strip())) {
            throw DomainException.badInput("password-is-username",
                    "گذرواژه نباید همان نام کاربری باشد.",
                    "The password must not be the username.");
        }
    }
}
