package org.entekhabat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.entekhabat.DatabaseTest;
import org.entekhabat.election.Elections;
import org.entekhabat.geography.Geography;
import org.entekhabat.geography.GeographyImports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** {@code election show --json}: the document the command prints, built by the command's own code. */
@DatabaseTest
class ElectionCommandTest {

    @Autowired GeographyImports imports;
    @Autowired Elections elections;
    @Autowired Geography geography;

    @Test
    @SuppressWarnings("unchecked")
    void showJsonListsProvincesCouncilsAndByElections() throws Exception {
        imports.importDivisions(true);
        elections.load(new ClassPathResource(Elections.DEMO_FILE).getContentAsString(StandardCharsets.UTF_8), "1405.yaml", "test");
        String json = Json.write(ElectionCommand.show(elections, geography));
        Map<String, Object> doc = JsonMapper.builder().build().readValue(json, Map.class);
        assertThat((List<?>) doc.get("provinces")).hasSize(31);
        var tehran = ((List<Map<String, Object>>) doc.get("listPrCouncils")).getFirst();
        assertThat(tehran).containsEntry("seats", 21).containsEntry("alternates", 11).containsEntry("rule", "list-proportional");
        var cities = (List<Map<String, Object>>) doc.get("cityCouncils");
        assertThat(cities).hasSizeGreaterThan(1000).allSatisfy(c -> assertThat(c).containsKeys("seats", "alternates", "rule", "populationSource"));
        assertThat((List<Map<String, Object>>) doc.get("villageCouncils")).allMatch(v -> List.of(3, 5).contains(v.get("seats")));
        assertThat((List<?>) doc.get("majlisByElections")).hasSize(5);
        assertThat((List<?>) doc.get("expertsByElections")).hasSize(4);
    }
}
