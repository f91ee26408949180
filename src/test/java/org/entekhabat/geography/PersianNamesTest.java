package org.entekhabat.geography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersianNamesTest {

    @Test
    void foldsArabicLettersHamzaSpacesAndZwnj() {
        assertThat(PersianNames.key("علي آباد")).isEqualTo(PersianNames.key("علی‌آباد"));
        assertThat(PersianNames.key("كرمانشاه")).isEqualTo(PersianNames.key("کرمانشاه"));
        assertThat(PersianNames.key("قائم شهر")).isEqualTo(PersianNames.key("قایم شهر"));
        assertThat(PersianNames.key("بندر عباس ")).isEqualTo(PersianNames.key("بندرعباس"));
        assertThat(PersianNames.key("مدينة")).isEqualTo(PersianNames.key("مدینه"));
    }

    @Test
    void numberedUrbanZonesJoinTheirCity() {
        assertThat(PersianNames.councilName("اراک 1")).isEqualTo("اراک");
        assertThat(PersianNames.councilName("شهریار1")).isEqualTo("شهریار");
        assertThat(PersianNames.councilName("تهران ۲۲")).isEqualTo("تهران");
        assertThat(PersianNames.councilKey("اسلام شهر6")).isEqualTo(PersianNames.councilKey("اسلامشهر"));
        assertThat(PersianNames.councilName("کرج ")).isEqualTo("کرج");
    }
}
