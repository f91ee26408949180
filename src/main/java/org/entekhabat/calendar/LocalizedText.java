package org.entekhabat.calendar;

import java.util.Locale;

/** A text in Persian (first) and English (second locale). */
public record LocalizedText(String fa, String en) {

    public LocalizedText {
        fa = fa == null ? "" : fa;
        en = en == null || en.isBlank() ? fa : en;
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : fa;
    }
}
