package org.entekhabat.boards;

/** How a member sits on a board. Alternates (علی‌البدل) do not vote unless they replace a member. */
public enum SeatKind {
    EX_OFFICIO("عضو حقوقی (به‌حکم سمت)", "ex officio", true),
    TRUSTED("عضو معتمد", "trusted member", true),
    ALTERNATE("عضو علی‌البدل", "alternate", false),
    /** a supervisory-board member appointed by the board above */
    APPOINTED("عضو منصوب", "appointed member", true);

    private final String fa;
    private final String en;
    private final boolean votes;

    SeatKind(String fa, String en, boolean votes) {
        this.fa = fa;
        this.en = en;
        this.votes = votes;
    }

    public String fa() { return fa; }
    public String en() { return en; }
    public boolean votes() { return votes; }
}
