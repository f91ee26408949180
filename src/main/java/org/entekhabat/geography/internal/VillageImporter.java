package org.entekhabat.geography.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.entekhabat.geography.RuralDistrict;
import org.entekhabat.geography.Village;
import org.entekhabat.platform.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Villages: an official list (CSV rural_district_id,name,population,households) or, where none is
 * loaded, the generated demo set. A list replaces the generated villages of the rural districts it
 * names; re-importing the same list changes nothing. The whole file is checked before any write.
 */
@Component
public class VillageImporter {

    private final JdbcTemplate jdbc;

    VillageImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Generates villages for every rural district that has none. @return villages added */
    @Transactional
    public int generateMissing() {
        var empty = jdbc.query("""
                select r.id, r.province_id, r.county_id, r.name from geo_rural_district r
                where not exists (select 1 from geo_village v where v.rural_district_id = r.id) order by r.id""",
                (rs, i) -> new RuralDistrict(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4)));
        var rows = new ArrayList<Object[]>();
        for (var rd : empty) {
            for (var v : VillageGenerator.generate(rd)) rows.add(row(v));
        }
        insert(rows);
        return rows.size();
    }

    /** @return villages added or changed */
    @Transactional
    public int importList(Reader reader, String fileName, String source) {
        var header = List.of("rural_district_id", "name", "population", "households");
        var parsed = parse(reader, fileName, header);
        var known = new HashSet<>(jdbc.queryForList("select id from geo_rural_district", Long.class));
        var errors = new ArrayList<String>();
        var seen = new HashSet<String>();
        var rows = new ArrayList<ParsedRow>();
        for (var p : parsed) {
            if (p.error() != null) { errors.add(p.error()); continue; }
            if (!known.contains(p.ruralDistrictId())) errors.add(p.where() + ": unknown rural district \"" + p.ruralDistrictId() + "\"");
            else if (!seen.add(p.ruralDistrictId() + "|" + p.name())) errors.add(p.where() + ": duplicate village \"" + p.name() + "\"");
            else rows.add(p);
        }
        if (!errors.isEmpty()) {
            throw new DomainException(400, "villages-file.invalid",
                    "فهرست روستاها نادرست است؛ چیزی ذخیره نشد: " + String.join("؛ ", errors),
                    "The village list is invalid; nothing was saved: " + String.join("; ", errors),
                    Map.of("errors", errors));
        }
        return write(rows, source);
    }

    private int write(List<ParsedRow> rows, String source) {
        var districts = new HashSet<Long>();
        rows.forEach(r -> districts.add(r.ruralDistrictId()));
        for (long rd : districts) jdbc.update("delete from geo_village where rural_district_id = ? and generated", rd);
        var nextOrdinal = new HashMap<Long, Integer>();
        int changed = 0;
        for (var r : rows) {
            int updated = jdbc.update("""
                    update geo_village set population = ?, households = ?, population_source = ?
                    where rural_district_id = ? and name = ?
                      and (population <> ? or households <> ? or population_source <> ?)""",
                    r.population(), r.households(), source, r.ruralDistrictId(), r.name(), r.population(), r.households(), source);
            Integer exists = jdbc.queryForObject("select count(*) from geo_village where rural_district_id = ? and name = ?",
                    Integer.class, r.ruralDistrictId(), r.name());
            if (exists == 0) {
                int ordinal = nextOrdinal.computeIfAbsent(r.ruralDistrictId(), rd -> jdbc.queryForObject(
                        "select coalesce(max(id) - ? * 1000, 0)::int from geo_village where rural_district_id = ?",
                        Integer.class, rd, rd)) + 1;
                nextOrdinal.put(r.ruralDistrictId(), ordinal);
                jdbc.update("""
                        insert into geo_village (id, rural_district_id, name, population, households, population_source, generated)
                        values (?, ?, ?, ?, ?, ?, false)""",
                        VillageGenerator.villageId(r.ruralDistrictId(), ordinal), r.ruralDistrictId(), r.name(),
                        r.population(), r.households(), source);
                changed++;
            } else {
                changed += updated;
            }
        }
        return changed;
    }

    record ParsedRow(String where, long ruralDistrictId, String name, int population, int households, String error) {}

    private static List<ParsedRow> parse(Reader reader, String fileName, List<String> header) {
        var all = Csv.read(reader);
        var out = new ArrayList<ParsedRow>();
        int line = 1;
        for (var cells : all) {
            line++;
            String where = fileName + ":" + line;
            if (cells.size() != header.size()) {
                out.add(new ParsedRow(where, 0, null, 0, 0, where + ": expected " + header.size() + " columns " + header));
                continue;
            }
            try {
                long rd = Long.parseLong(cells.get(0).strip());
                String name = cells.get(1).strip();
                int population = Integer.parseInt(cells.get(2).strip());
                int households = Integer.parseInt(cells.get(3).strip());
                if (name.isEmpty() || population < 0 || households < 0) throw new NumberFormatException();
                out.add(new ParsedRow(where, rd, name, population, households, null));
            } catch (NumberFormatException e) {
                out.add(new ParsedRow(where, 0, null, 0, 0, where + ": needs a rural district id, a name and non-negative numbers"));
            }
        }
        return out;
    }

    private static Object[] row(Village v) {
        return new Object[]{v.id(), v.ruralDistrictId(), v.name(), v.population(), v.households(), v.populationSource(), v.generated()};
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into geo_village (id, rural_district_id, name, population, households, population_source, generated)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", rows);
    }
}
