package org.entekhabat.candidacy;

/**
 * The answer of one eligibility rule about one candidate, each with the article it applies and a
 * plain explanation in Persian (first) and English.
 */
public sealed interface EligibilityFinding {

    /** Stable id of the rule, e.g. "age". */
    String rule();

    /** The article applied, e.g. "Art. 37". */
    String article();

    String fa();

    String en();

    /** The condition is met. */
    record Met(String rule, String article, String fa, String en) implements EligibilityFinding {}

    /** The condition is not met: the candidate cannot stand as things are. */
    record NotMet(String rule, String article, String fa, String en) implements EligibilityFinding {}

    /** Not decidable yet: a fact or document is missing. */
    record NeedsDocument(String rule, String article, String document, String fa, String en) implements EligibilityFinding {}

    default boolean met() {
        return this instanceof Met;
    }

    /** MET, NOT_MET or NEEDS_DOCUMENT, for pages and JSON. */
    default String kind() {
        return switch (this) {
            case Met m -> "MET";
            case NotMet n -> "NOT_MET";
            case NeedsDocument d -> "NEEDS_DOCUMENT";
        };
    }
}
