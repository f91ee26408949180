package org.entekhabat.election.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entekhabat.geography.City;
import org.entekhabat.geography.County;
import org.entekhabat.geography.Geography;
import org.entekhabat.geography.Province;
import org.entekhabat.geography.Village;

/** A snapshot of the divisions an election file is checked and planned against. */
record Divisions(Map<Integer, Province> provinces, Map<Long, County> counties, Map<Long, City> cities, List<Village> villages) {

    static Divisions of(Geography geography) {
        return of(geography.provinces(), geography.allCounties(), geography.allCities(), geography.allVillages());
    }

    static Divisions of(List<Province> provinces, List<County> counties, List<City> cities, List<Village> villages) {
        return new Divisions(index(provinces, Province::id), index(counties, County::id), index(cities, City::id), villages);
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
