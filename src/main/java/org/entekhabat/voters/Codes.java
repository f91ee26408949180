package org.entekhabat.voters;

import java.util.regex.Pattern;
import org.entekhabat.platform.DomainException;

/** Identifiers we store (election, station, device ids): short, printable, no surprises. */
final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private Codes() {}

    static String requireCode(String value, String what) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw DomainException.badInput("bad-" + what.replace(' ', '-'),
                    "شناسهٔ «" + what + "» نامعتبر است (۱ تا ۶۴ حرف لاتین، رقم، نقطه، خط تیره).",
                    "Invalid " + what + ": 1 to 64 Latin letters, digits, '.', '_' or '-'.");
        }
        return value;
    }
}
