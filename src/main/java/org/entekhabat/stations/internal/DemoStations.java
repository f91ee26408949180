package org.entekhabat.stations.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.entekhabat.stations.Device;
import org.entekhabat.stations.DeviceType;
import org.entekhabat.stations.DivisionNames;
import org.entekhabat.stations.LinkType;
import org.entekhabat.stations.PlaceType;
import org.entekhabat.stations.Station;
import org.entekhabat.stations.StationKind;

/**
 * Reproducible demo stations: a few per city council constituency (the city id is the constituency
 * id) for the given provinces, codes {@code ST-<county id>-<nnn>}, and one mobile station per county.
 * The same seed and divisions always give the same stations.
 */
public final class DemoStations {

    static final String[] VENUES = {"دبستان شهید بهشتی", "دبیرستان فردوسی", "مسجد جامع", "کانون فرهنگی‌تربیتی",
            "سالن ورزشی", "حسینیه اعظم", "دبستان امام رضا", "فرهنگسرای شهر", "هنرستان فنی", "دبیرستان دخترانه فاطمیه"};
    static final String[] STREETS = {"خیابان امام", "بلوار آزادی", "خیابان انقلاب", "خیابان طالقانی", "میدان شهدا",
            "خیابان ولیعصر", "کوچه لاله", "بلوار جمهوری"};

    private DemoStations() {}

    public static List<Station> generate(DivisionNames names, List<String> provinceIds, long seed) {
        var out = new ArrayList<Station>();
        for (String province : provinceIds) {
            var seq = new HashMap<String, Integer>();
            var firstCity = new HashMap<String, DivisionNames.City>();
            for (DivisionNames.City city : names.citiesOf(province)) {
                var random = new Random(seed * 31 + Long.parseLong(city.id()));
                firstCity.putIfAbsent(city.countyId(), city);
                int count = 2 + random.nextInt(2);
                for (int i = 0; i < count; i++) {
                    int n = seq.merge(city.countyId(), 1, Integer::sum);
                    out.add(station(city, n, StationKind.FIXED, random));
                }
            }
            firstCity.values().stream().sorted(java.util.Comparator.comparing(DivisionNames.City::countyId)).forEach(city -> {
                int n = seq.merge(city.countyId(), 1, Integer::sum);
                out.add(station(city, n, StationKind.MOBILE, new Random(seed * 17 + Long.parseLong(city.countyId()))));
            });
        }
        return out;
    }

    private static Station station(DivisionNames.City city, int n, StationKind kind, Random random) {
        String code = "ST-%s-%03d".formatted(city.countyId(), n);
        String venue = VENUES[random.nextInt(VENUES.length)];
        String name = kind == StationKind.MOBILE ? "شعبه سیار " + city.name() : venue + " " + city.name();
        String address = city.name() + "، " + STREETS[random.nextInt(STREETS.length)] + "، " + venue;
        int roll = random.nextInt(100);
        LinkType link = kind == StationKind.MOBILE || roll >= 85 ? LinkType.SIM : roll >= 60 ? LinkType.LANDLINE : LinkType.FIBRE;
        var devices = List.of(new Device(code + "-A1", DeviceType.AUTH_TERMINAL), new Device(code + "-V1", DeviceType.VOTING_TERMINAL));
        return new Station(code, name, address, city.countyId(), city.provinceId(), city.id(), PlaceType.CITY,
                city.id(), kind, 400 + random.nextInt(11) * 100, link, devices);
    }
}
