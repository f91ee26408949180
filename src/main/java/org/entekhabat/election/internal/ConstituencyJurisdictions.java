package org.entekhabat.election.internal;

import java.util.List;
import java.util.Optional;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.JurisdictionLevel;
import org.entekhabat.identity.JurisdictionParents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a constituency sits in the hierarchy of jurisdictions: inside its county when it lies in one
 * county, inside its province when it spans several (Tehran-Rey-Tajrish, Majlis constituencies) or the
 * whole province (Experts). So a county governor or board sees the councils of the county, and the
 * provincial HQ (or a party representative for the province) sees Tehran's list council.
 */
@Component
class ConstituencyJurisdictions implements JurisdictionParents {

    private final JdbcClient jdbc;

    ConstituencyJurisdictions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Jurisdiction> parentOf(Jurisdiction j) {
        if (j.level() != JurisdictionLevel.CONSTITUENCY) return Optional.empty();
        var province = jdbc.sql("""
                select c.province_id from election_constituency c join election e on e.id = c.election_id
                where e.is_current and c.id = :id""").param("id", j.code()).query(Integer.class).optional();
        if (province.isEmpty()) return Optional.empty();
        List<Long> counties = jdbc.sql("""
                select k.county_id from election_constituency_county k join election e on e.id = k.election_id
                where e.is_current and k.constituency_id = :id""").param("id", j.code()).query(Long.class).list();
        return Optional.of(counties.size() == 1
                ? Jurisdiction.county(String.valueOf(counties.getFirst()))
                : Jurisdiction.province(String.format("%03d", province.get())));
    }
}
