package org.entekhabat.candidacy;

import java.time.Instant;

/**
 * Whether registration is open for a council type and constituency at an instant (Arts. 60/61; DOMAIN §2:
 * city 1404/10/21–27, village 1404/11/24–30, 08:00–16:00). The lead backs this with the election
 * schedule; every registration and submission asks it and is refused outside with its message.
 */
@FunctionalInterface
public interface RegistrationWindow {

    Answer check(CouncilType type, String constituencyId, Instant at);

    /** Open, or closed with a message in Persian and English. */
    record Answer(boolean open, String fa, String en) {
        public static Answer opened() {
            return new Answer(true, "", "");
        }

        public static Answer closed(String fa, String en) {
            return new Answer(false, fa, en);
        }
    }
}
