package org.entekhabat.vetting.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.entekhabat.candidacy.CandidateApplication;
import org.entekhabat.candidacy.CandidateRegistrations;
import org.entekhabat.candidacy.EducationLevel;
import org.entekhabat.results.CandidateFacts;
import org.entekhabat.results.ContestDefinition;
import org.entekhabat.tally.Degree;
import org.entekhabat.vetting.FinalLists;
import org.entekhabat.vetting.VettingService;
import org.springframework.stereotype.Component;

/**
 * Results' view of a published final list: each drawn code with the candidate's name, Tehran list, and
 * the tie facts from the application (education level; veteran when an Art. 37(z) allowance ground is on file).
 */
@Component
class ResultsCandidateFacts implements CandidateFacts {

    private final FinalLists finalLists;
    private final VettingService vetting;
    private final CandidateRegistrations registrations;

    ResultsCandidateFacts(FinalLists finalLists, VettingService vetting, CandidateRegistrations registrations) {
        this.finalLists = finalLists;
        this.vetting = vetting;
        this.registrations = registrations;
    }

    @Override
    public Optional<FinalCandidates> of(String contestId) {
        if (!finalLists.published(contestId)) return Optional.empty();
        var list = finalLists.find(contestId).orElseThrow();
        Map<String, Integer> codes = vetting.candidateCodes(contestId).map(r -> r.codes()).orElse(Map.of());
        Map<Integer, CandidateApplication> byCode = new HashMap<>();
        registrations.applicationsOf(contestId).forEach(a -> {
            Integer code = codes.get(a.trackingId());
            if (code != null) byCode.put(code, a);
        });
        var candidates = list.candidates().stream().sorted(Comparator.comparingInt(c -> c.code())).map(c -> {
            var a = byCode.get(c.code());
            boolean veteran = a != null && a.facts() != null && !a.facts().allowances().isEmpty();
            String degree = degree(a == null || a.facts() == null ? null : a.facts().education()).name();
            return new ContestDefinition.CandidateInfo(String.valueOf(c.code()), c.fullName().strip(), veteran, degree,
                    c.listCode() == null ? null : String.valueOf(c.listCode()));
        }).toList();
        var lists = new TreeMap<String, String>();
        list.lists().forEach(l -> lists.put(String.valueOf(l.code()), l.title()));
        return Optional.of(new FinalCandidates(candidates, lists));
    }

    /**
     * Candidacy's education ladder onto the tie rule's degrees. The tie rule knows no middle-school
     * certificate (سیکل): it counts as literacy, below the diploma, so the order is kept.
     */
    static Degree degree(EducationLevel level) {
        if (level == null) return Degree.NONE;
        return switch (level) {
            case NONE -> Degree.NONE;
            case LITERACY, MIDDLE_SCHOOL -> Degree.LITERACY;
            case DIPLOMA -> Degree.DIPLOMA;
            case ASSOCIATE -> Degree.ASSOCIATE;
            case BACHELOR -> Degree.BACHELOR;
            case MASTER -> Degree.MASTER;
            case DOCTORATE -> Degree.DOCTORATE;
        };
    }
}
