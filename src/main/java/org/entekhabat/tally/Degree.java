package org.entekhabat.tally;

/**
 * A candidate's highest educational degree (مدرک تحصیلی), in rising order: the declaration order is
 * the order the tie rule uses ("then the higher degree", new Art 20 note 1 [S32]).
 */
public enum Degree {
    NONE("بدون مدرک"),
    LITERACY("سواد خواندن و نوشتن"),
    DIPLOMA("دیپلم"),
    ASSOCIATE("کاردانی"),
    BACHELOR("کارشناسی"),
    MASTER("کارشناسی ارشد"),
    DOCTORATE("دکتری");

    private final String fa;

    Degree(String fa) { this.fa = fa; }

    /** The Persian name, for the minutes. */
    public String fa() { return fa; }
}
