package org.entekhabat.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.entekhabat.candidacy.EducationLevel;
import org.entekhabat.tally.Degree;
import org.junit.jupiter.api.Test;

/** Candidacy's education ladder onto the tie rule's degrees keeps the order (new Art 20 note 1). */
class ResultsCandidateFactsTest {

    @Test
    void everyLevelMapsAndTheOrderIsKept() {
        Degree previous = null;
        for (EducationLevel level : EducationLevel.values()) {
            Degree d = ResultsCandidateFacts.degree(level);
            if (previous != null) assertThat(d.compareTo(previous)).as(level.name()).isGreaterThanOrEqualTo(0);
            previous = d;
        }
        assertThat(ResultsCandidateFacts.degree(EducationLevel.MIDDLE_SCHOOL)).isEqualTo(Degree.LITERACY);
        assertThat(ResultsCandidateFacts.degree(EducationLevel.DOCTORATE)).isEqualTo(Degree.DOCTORATE);
        assertThat(ResultsCandidateFacts.degree(null)).isEqualTo(Degree.NONE);
    }
}
