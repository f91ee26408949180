package org.entekhabat.candidacy;

import java.time.LocalDate;
import java.util.List;

/**
 * Evaluates a whole application, complete or partial, against every rule. Usable live as the candidate
 * types: missing facts become {@link EligibilityFinding.NeedsDocument}, never a silent pass.
 */
public final class Eligibility {

    /** In the order a candidate meets them on the form. */
    public static final List<EligibilityRule> RULES = List.of(
            new AgeRule(), new EducationRule(), new EducationCertificateCodeRule(), new MilitaryServiceRule(),
            new ResignationRule(), new CriminalRecordRule());

    private Eligibility() {}

    public static List<EligibilityFinding> evaluate(CandidateFacts facts, EligibilityPolicy policy, LocalDate today) {
        return RULES.stream().map(r -> r.check(facts, policy, today)).toList();
    }

    public static boolean allMet(List<EligibilityFinding> findings) {
        return findings.stream().allMatch(EligibilityFinding::met);
    }
}
