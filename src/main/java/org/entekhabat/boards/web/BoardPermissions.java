package org.entekhabat.boards.web;

import org.entekhabat.boards.BoardInfo;
import org.entekhabat.boards.BoardKind;
import org.entekhabat.boards.Boards;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.CurrentUser;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.Role;
import org.entekhabat.platform.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may form which board: an executive board is formed by its chair's office (the county's governor) or
 * the election HQ above it; the central executive board by the national HQ. A supervisory board is appointed
 * by a supervisor of a higher level (the board above), or recorded by the national HQ.
 */
@Component
class BoardPermissions {

    private final Access access;
    private final Boards boards;

    BoardPermissions(Access access, Boards boards) {
        this.access = access;
        this.boards = boards;
    }

    CurrentUser requireFormer(BoardKind kind, Jurisdiction where) {
        if (kind == BoardKind.CENTRAL_EXECUTIVE || kind == BoardKind.CENTRAL_SUPERVISORY) return access.requireRole(Role.NATIONAL_HQ);
        if (kind.executive()) return access.requireChange(where, Role.GOVERNOR, Role.PROVINCIAL_HQ, Role.NATIONAL_HQ);
        var user = access.requireChange(where, Role.SUPERVISOR, Role.NATIONAL_HQ);
        if (user.role() == Role.SUPERVISOR && user.jurisdiction().level().ordinal() >= kind.level().ordinal()) {
            throw new DomainException(403, "boards.appoint-from-above", "اعضای «" + kind.fa() + "» را هیأت نظارت بالاتر منصوب می‌کند.",
                    "Members of the " + kind.en() + " are appointed by the supervisory board above it.");
        }
        return user;
    }

    CurrentUser requireFormer(String boardId) {
        BoardInfo b = boards.require(boardId);
        return requireFormer(b.kind(), b.jurisdiction());
    }

    BoardInfo requireRead(String boardId) {
        BoardInfo b = boards.require(boardId);
        access.requireRead(b.jurisdiction());
        return b;
    }

    /** Votes of a board are recorded by one of its voting members. */
    CurrentUser requireVotingMember(String boardId) {
        var user = access.requireUser();
        boolean voting = boards.membership(boardId, user.username()).map(m -> m.seat().votes()).orElse(false);
        if (!voting) {
            throw new DomainException(403, "boards.not-a-member", "شما عضو دارای رأی این هیأت نیستید.",
                    "You are not a voting member of this board.");
        }
        return user;
    }
}
