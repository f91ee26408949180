package org.entekhabat.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.entekhabat.DatabaseTest;
import org.entekhabat.TestHttp;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.entekhabat.tally.Lot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.TestPropertySource;

/** Forming a county executive board inside its window: 30 nominees, a recorded ballot, 8 + 5 seats, a tie by lot; quorum. */
@DatabaseTest
@TestPropertySource(properties = "entekhabat.clock.fixed=2025-12-20T06:00:00Z") // 1404/09/29 09:30 Tehran
class BoardFormationTest {

    @TestConfiguration
    static class Config {
        @Bean
        AuditLog boardsAuditLog() {
            return new AuditLog();
        }
    }

    static class AuditLog {
        final List<AuditEvent> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AuditEvent e) {
            events.add(e);
        }
    }

    static final Random RANDOM = new Random();

    @Autowired Boards boards;
    @Autowired Users users;
    @Autowired AuditLog audit;
    @LocalServerPort int port;

    BoardFixtures fx;
    Jurisdiction county;

    @BeforeEach
    void setUp() {
        fx = new BoardFixtures(users, boards, RANDOM);
        county = BoardFixtures.randomCounty(RANDOM);
    }

    @Test
    void thirtyNomineesVoteEightTrustedAndFiveAlternatesAreSeatedWithATieDecidedByLot() {
        var e = fx.openCounty(county);
        var n = e.nominees();
        assertThat(boards.find(e.boardId()).orElseThrow().formed()).isFalse();
        // every voter names n1..n7; half add n8, half n9: n8 and n9 tie for the 8th seat
        for (int i = 0; i < 30; i++) {
            var names = new ArrayList<>(n.subList(0, 7));
            names.add(i % 2 == 0 ? n.get(7) : n.get(8));
            boards.castBallot(e.boardId(), n.get(i), names, e.exOfficio().getFirst());
        }
        String seed = "5eed5eed5eed5eed5eed5eed5eed5eed";
        var result = boards.count(e.boardId(), seed, e.exOfficio().getFirst());

        var members = boards.members(e.boardId());
        var trusted = members.stream().filter(m -> m.seat() == SeatKind.TRUSTED).toList();
        var alternates = members.stream().filter(m -> m.seat() == SeatKind.ALTERNATE).toList();
        assertThat(trusted).hasSize(8);
        assertThat(alternates).hasSize(5);
        assertThat(members.stream().filter(m -> m.seat() == SeatKind.EX_OFFICIO)).hasSize(3);
        assertThat(trusted.subList(0, 7)).extracting(Member::username).containsExactlyInAnyOrderElementsOf(n.subList(0, 7));
        assertThat(trusted.subList(0, 7)).allMatch(m -> m.votes() == 30);

        String winner = new Lot(seed).order(1, List.of(n.get(7), n.get(8))).getFirst();
        String loser = winner.equals(n.get(7)) ? n.get(8) : n.get(7);
        assertThat(trusted.get(7).username()).isEqualTo(winner);
        assertThat(trusted.get(7).votes()).isEqualTo(15);
        assertThat(alternates.getFirst().username()).isEqualTo(loser);
        assertThat(alternates.getFirst().rank()).isEqualTo(1);
        assertThat(result.lotSeed()).isEqualTo(seed);
        assertThat(result.draws().lines().findFirst().orElseThrow()).contains(n.get(7), n.get(8));
        assertThat(result.minutesFa()).contains("قرعه");
        assertThat(boards.ballots(e.boardId())).hasSize(30).containsEntry(n.get(0), sorted(n.subList(0, 7), n.get(7)));
        assertThat(boards.find(e.boardId()).orElseThrow().formed()).isTrue();

        var actions = audit.events.stream().filter(a -> a.subject().equals("board:" + e.boardId())).map(AuditEvent::action).toList();
        assertThat(actions).contains("boards.opened", "boards.nominees-named", "boards.trusted-elected", "boards.formed");
        assertThat(actions.stream().filter("boards.ballot-cast"::equals)).hasSize(30);
        assertThat(actions.stream().filter("boards.ex-officio-seated"::equals)).hasSize(3);
    }

    static List<String> sorted(List<String> first, String last) {
        var all = new ArrayList<>(first);
        all.add(last);
        return all.stream().sorted().toList();
    }

    @Test
    void nomineesMustBeThirtyBallotsAtMostEightNamesOncePerNominee() {
        var board = boards.open(BoardKind.COUNTY_EXECUTIVE, county, "test");
        var nominees = new ArrayList<String>();
        for (int i = 1; i <= 30; i++) nominees.add(fx.user("m" + i, Role.EXECUTIVE_BOARD, county));
        var few = catchThrowableOfType(DomainException.class, () -> boards.nominate(board.id(), nominees.subList(0, 29), "test"));
        assertThat(few.code()).isEqualTo("boards.nominee-count");
        assertThat(few.messageFa()).contains("۳۰");
        assertThat(boards.nominees(board.id())).isEmpty();

        boards.nominate(board.id(), nominees, "test");
        var nine = catchThrowableOfType(DomainException.class,
                () -> boards.castBallot(board.id(), nominees.get(0), nominees.subList(0, 9), "test"));
        assertThat(nine.code()).isEqualTo("boards.too-many-names");
        boards.castBallot(board.id(), nominees.get(0), nominees.subList(0, 8), "test");
        assertThat(catchThrowableOfType(DomainException.class,
                () -> boards.castBallot(board.id(), nominees.get(0), List.of(), "test")).code()).isEqualTo("boards.already-voted");
        String outsider = fx.user("outsider", Role.EXECUTIVE_BOARD, county);
        assertThat(catchThrowableOfType(DomainException.class,
                () -> boards.castBallot(board.id(), outsider, List.of(), "test")).code()).isEqualTo("boards.voter-not-nominee");
        assertThat(catchThrowableOfType(DomainException.class,
                () -> boards.count(board.id(), "00ff00ff00ff00ff", "test")).code()).isEqualTo("boards.quorum");
        assertThat(boards.ballots(board.id())).hasSize(1);
    }

    @Test
    void aBoardVoteNeedsAQuorumOfItsOwnMembersAndRecordsWhoVotedHow() {
        var e = fx.formCounty(county);
        var voting = e.voting();
        assertThat(voting).hasSize(11);
        var noQuorum = catchThrowableOfType(DomainException.class, () -> boards.vote(e.boardId(), "agenda:1", "تصویب دستور جلسه",
                Set.copyOf(voting.subList(0, 5)), Set.copyOf(voting.subList(0, 5)), "test"));
        assertThat(noQuorum.code()).isEqualTo("boards.quorum");
        assertThat(noQuorum.messageFa()).contains("حد نصاب").contains("۶");
        var alternate = boards.members(e.boardId()).stream().filter(m -> m.seat() == SeatKind.ALTERNATE).findFirst().orElseThrow();
        var present = new java.util.HashSet<>(voting.subList(0, 5));
        present.add(alternate.username());
        assertThat(catchThrowableOfType(DomainException.class, () -> boards.vote(e.boardId(), "agenda:1", "تصویب",
                present, Set.of(), "test")).code()).isEqualTo("boards.not-a-member");
        assertThat(boards.votes(e.boardId())).isEmpty();

        var v = boards.vote(e.boardId(), "agenda:1", "تصویب دستور جلسه", Set.copyOf(voting.subList(0, 6)),
                Set.copyOf(voting.subList(0, 4)), "test");
        assertThat(v.passed()).isTrue();
        assertThat(v.required()).isEqualTo(6);
        var stored = boards.votes(e.boardId()).getFirst();
        assertThat(stored.present()).containsExactlyInAnyOrderElementsOf(voting.subList(0, 6));
        assertThat(stored.inFavour()).containsExactlyInAnyOrderElementsOf(voting.subList(0, 4));
        assertThat(audit.events).anyMatch(a -> a.action().equals("boards.vote-recorded") && a.subject().equals("board:" + e.boardId()));
    }

    @Test
    void theGovernorOfAnotherCountyMayNotOpenThisCountysBoardOverTheApi() {
        var other = BoardFixtures.randomCounty(RANDOM);
        String governor = fx.user("gov-other", Role.GOVERNOR, other);
        var api = TestHttp.api(port);
        var refused = api.postJson("/api/boards", "{\"kind\":\"COUNTY_EXECUTIVE\",\"jurisdiction\":\"" + county + "\"}",
                governor, BoardFixtures.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(boards.find(BoardKind.COUNTY_EXECUTIVE, county)).isEmpty();
        String own = fx.user("gov-own", Role.GOVERNOR, county);
        var opened = api.postJson("/api/boards", "{\"kind\":\"COUNTY_EXECUTIVE\",\"jurisdiction\":\"" + county + "\"}",
                own, BoardFixtures.PASSWORD);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("county-executive-" + county.code());
    }
}
