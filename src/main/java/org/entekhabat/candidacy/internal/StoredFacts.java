package org.entekhabat.candidacy.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entekhabat.candidacy.EducationAllowance;
import org.entekhabat.candidacy.HeldOffice;
import org.entekhabat.candidacy.MilitaryServiceStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The jsonb column {@code facts}: the parts of the facts that are lists or optional. */
record StoredFacts(Set<EducationAllowance> allowances, List<HeldOffice> heldOffices, MilitaryServiceStatus militaryService,
                   LocalDate criminalRecordIssuedOn) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static StoredFacts fromJson(String json) {
        return JSON.readValue(json, StoredFacts.class);
    }

    static String answersToJson(Map<String, String> answers) {
        return JSON.writeValueAsString(answers);
    }

    static Map<String, String> answersFromJson(String json) {
        return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
    }
}
