package org.entekhabat.stations;

/** Fixed station (شعبه ثابت) or mobile station (شعبه سیار) that moves between places. DOMAIN.md §7. */
public enum StationKind { FIXED, MOBILE }
