package org.entekhabat.election;

/** Where a voter votes: a city or a village; its ballot style follows from it. */
public enum PlaceType {
    CITY, VILLAGE;

    public static PlaceType parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw org.entekhabat.platform.DomainException.badInput("election.place-type",
                    "نوع محل باید city یا village باشد", "place type must be city or village: " + text);
        }
    }
}
