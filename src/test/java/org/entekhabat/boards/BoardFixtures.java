package org.entekhabat.boards;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;

/** Accounts and boards for the tests; every name carries a random prefix, so no test assumes an empty database. */
final class BoardFixtures {

    static final String PASSWORD = "test-board-pass-1405";

    private final Users users;
    private final Boards boards;
    final String prefix;

    BoardFixtures(Users users, Boards boards, Random random) {
        this.users = users;
        this.boards = boards;
        this.prefix = "t" + Integer.toString(random.nextInt(1 << 30), 36);
    }

    String user(String name, Role role, Jurisdiction where) {
        String username = prefix + "-" + name;
        users.createBySystem(new NewUser(username, name, role, where, PASSWORD), "test");
        return username;
    }

    /** The ex officio members (governor first) and 30 nominees of a county executive board. */
    record Executive(String boardId, List<String> exOfficio, List<String> nominees) {
        /** Ex officio + the first 8 nominees (those elected when every ballot names them). */
        List<String> voting() {
            var all = new ArrayList<>(exOfficio);
            all.addAll(nominees.subList(0, 8));
            return all;
        }
    }

    Executive openCounty(Jurisdiction county) {
        var board = boards.open(BoardKind.COUNTY_EXECUTIVE, county, "test");
        String c = county.code();
        var ex = List.of(user("gov" + c, Role.GOVERNOR, county), user("judge" + c, Role.EXECUTIVE_BOARD, county),
                user("registrar" + c, Role.EXECUTIVE_BOARD, county));
        boards.seatExOfficio(board.id(), ex.get(0), "فرماندار (رئیس هیأت)", "test");
        boards.seatExOfficio(board.id(), ex.get(1), "نمایندهٔ قوهٔ قضاییه", "test");
        boards.seatExOfficio(board.id(), ex.get(2), "رئیس ثبت‌احوال", "test");
        var nominees = new ArrayList<String>();
        for (int i = 1; i <= 30; i++) nominees.add(user("n" + i + "-" + c, Role.EXECUTIVE_BOARD, county));
        boards.nominate(board.id(), nominees, "test");
        return new Executive(board.id(), ex, nominees);
    }

    /** Forms a county executive board whose every nominee names the first 8 nominees. */
    Executive formCounty(Jurisdiction county) {
        var e = openCounty(county);
        for (String v : e.nominees()) boards.castBallot(e.boardId(), v, e.nominees().subList(0, 8), "test");
        boards.count(e.boardId(), "00112233445566778899aabbccddeeff", "test");
        return e;
    }

    /** A supervisory board with {@code size} appointed supervisors. */
    List<String> formSupervisory(BoardKind kind, Jurisdiction where, int size) {
        var board = boards.open(kind, where, "test");
        var out = new ArrayList<String>();
        for (int i = 1; i <= size; i++) {
            String u = user("sup" + i + "-" + where.code(), Role.SUPERVISOR, where);
            boards.appoint(board.id(), u, "", "test");
            out.add(u);
        }
        return out;
    }

    static Jurisdiction randomCounty(Random r) {
        return Jurisdiction.county(String.format("%03d000%d", 900 + r.nextInt(99), 1 + r.nextInt(999)));
    }
}
