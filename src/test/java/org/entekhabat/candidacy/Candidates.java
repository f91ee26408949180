package org.entekhabat.candidacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.entekhabat.registry.CivilRegistrySimulator;
import org.entekhabat.registry.NationalCode;
import org.entekhabat.registry.Person;

/** Simulated people and ready-made drafts for the integration tests; each call gives a new person. */
final class Candidates {

    static final byte[] PDF = "%PDF-1.4\n% test\n".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    private static final Random RANDOM = new Random();

    private Candidates() {}

    /** A living person of 30..70 on the day, of the given sex, new to this run. */
    static Person person(LocalDate day, Person.Sex sex) {
        var registry = new CivilRegistrySimulator();
        while (true) {
            NationalCode code = CivilRegistrySimulator.codeFor(RANDOM.nextLong());
            Person p = registry.lookup(code).orElse(null);
            if (p != null && p.alive() && p.sex() == sex && p.ageOn(day) >= 30 && p.ageOn(day) <= 70) return p;
        }
    }

    static ApplicationDraft draft(Person p, String constituencyId) {
        return new ApplicationDraft(p.code().value(), p.firstName(), p.lastName(), p.birthDate(), constituencyId,
                EducationLevel.MASTER, "12345678901234567890", Set.of(), List.of(), MilitaryServiceStatus.COMPLETED,
                LocalDate.of(2025, 12, 1), false, Map.of("motivation", "خدمت به مردم"));
    }

    static List<UploadedDocument> documents(Person p) {
        var docs = new java.util.ArrayList<>(List.of(
                new UploadedDocument(DocumentType.EDUCATION_CERTIFICATE, "madrak.pdf", "application/pdf", PDF),
                new UploadedDocument(DocumentType.CRIMINAL_RECORD_CERTIFICATE, "sooe.pdf", "application/pdf", PDF),
                new UploadedDocument(DocumentType.PHOTO, "aks.png", "image/png", PNG)));
        if (p.sex() == Person.Sex.MALE) docs.add(new UploadedDocument(DocumentType.MILITARY_SERVICE_CARD, "kart.pdf", "application/pdf", PDF));
        return docs;
    }
}
