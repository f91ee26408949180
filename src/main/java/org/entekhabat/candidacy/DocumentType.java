package org.entekhabat.candidacy;

import java.util.EnumSet;
import java.util.Set;

/** Documents uploaded at registration (announcement #8, DOMAIN §2). */
public enum DocumentType {
    EDUCATION_CERTIFICATE("تصویر مدرک تحصیلی", "education certificate"),
    MILITARY_SERVICE_CARD("کارت پایان خدمت یا معافیت دائم", "military-service card or permanent exemption"),
    RESIGNATION_ACCEPTANCE("گواهی پذیرش استعفا (ماده ۴۱)", "certificate of accepted resignation (Art. 41)"),
    CRIMINAL_RECORD_CERTIFICATE("گواهی عدم سوءپیشینهٔ کیفری", "criminal-record certificate"),
    PHOTO("عکس", "photograph");

    private final String fa;
    private final String en;

    DocumentType(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    public String fa() { return fa; }
    public String en() { return en; }

    /** The uploads these facts call for (the photo is always asked for: it is shown on the ballot terminal). */
    public static Set<DocumentType> requiredFor(CandidateFacts facts) {
        var need = EnumSet.of(CRIMINAL_RECORD_CERTIFICATE, PHOTO);
        if (facts.education() != null && facts.education().atLeast(EducationLevel.MIDDLE_SCHOOL)) need.add(EDUCATION_CERTIFICATE);
        if (facts.sex() == Sex.MALE) need.add(MILITARY_SERVICE_CARD);
        if (!facts.heldOffices().isEmpty()) need.add(RESIGNATION_ACCEPTANCE);
        return need;
    }
}
