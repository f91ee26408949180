package org.entekhabat.candidacy.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.entekhabat.candidacy.ApplicationDraft;
import org.entekhabat.candidacy.Art41Office;
import org.entekhabat.candidacy.DocumentType;
import org.entekhabat.candidacy.EducationAllowance;
import org.entekhabat.candidacy.EducationLevel;
import org.entekhabat.candidacy.HeldOffice;
import org.entekhabat.candidacy.Jalali;
import org.entekhabat.candidacy.MilitaryServiceStatus;
import org.entekhabat.candidacy.UploadedDocument;
import org.springframework.web.multipart.MultipartFile;

/** The fields of the registration page, bound by Spring MVC. Dates are typed as Jalali yyyy/mm/dd. */
public class RegistrationForm {

    private String nationalCode;
    private String firstName;
    private String lastName;
    private String birthDate;
    private String constituencyId;
    private Long county;
    private EducationLevel education;
    private String educationCode;
    private List<EducationAllowance> allowances = new ArrayList<>();
    private Art41Office office;
    private String resignationAcceptedOn;
    private MilitaryServiceStatus militaryService;
    private String criminalRecordIssuedOn;
    private boolean priorCouncilMember;
    private String occupation;
    private String motivation;
    private MultipartFile educationFile;
    private MultipartFile militaryFile;
    private MultipartFile resignationFile;
    private MultipartFile criminalRecordFile;
    private MultipartFile photoFile;

    ApplicationDraft toDraft() {
        var held = office == null ? List.<HeldOffice>of() : List.of(new HeldOffice(office, date(resignationAcceptedOn)));
        return new ApplicationDraft(nationalCode, firstName, lastName, date(birthDate), constituencyId, education, educationCode,
                allowances.isEmpty() ? EnumSet.noneOf(EducationAllowance.class) : EnumSet.copyOf(allowances), held,
                militaryService, date(criminalRecordIssuedOn), priorCouncilMember,
                Map.of("occupation", nz(occupation), "motivation", nz(motivation)));
    }

    List<UploadedDocument> documents() {
        var docs = new ArrayList<UploadedDocument>();
        add(docs, DocumentType.EDUCATION_CERTIFICATE, educationFile);
        add(docs, DocumentType.MILITARY_SERVICE_CARD, militaryFile);
        add(docs, DocumentType.RESIGNATION_ACCEPTANCE, resignationFile);
        add(docs, DocumentType.CRIMINAL_RECORD_CERTIFICATE, criminalRecordFile);
        add(docs, DocumentType.PHOTO, photoFile);
        return docs;
    }

    private static void add(List<UploadedDocument> docs, DocumentType type, MultipartFile f) {
        if (f == null || f.isEmpty()) return;
        try {
            docs.add(new UploadedDocument(type, f.getOriginalFilename(), f.getContentType(), f.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.time.LocalDate date(String s) {
        try {
            return Jalali.parse(s);
        } catch (RuntimeException e) {
            throw org.entekhabat.platform.DomainException.badInput("candidacy.date",
                    "تاریخ «" + s + "» درست نیست؛ به شکل ۱۳۶۴/۰۳/۱۱ بنویسید.", "The date '" + s + "' is not valid; write it as 1364/03/11.");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public String getNationalCode() { return nationalCode; }
    public void setNationalCode(String v) { nationalCode = v; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { firstName = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { lastName = v; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String v) { birthDate = v; }
    public String getConstituencyId() { return constituencyId; }
    public void setConstituencyId(String v) { constituencyId = v; }
    public Long getCounty() { return county; }
    public void setCounty(Long v) { county = v; }
    public EducationLevel getEducation() { return education; }
    public void setEducation(EducationLevel v) { education = v; }
    public String getEducationCode() { return educationCode; }
    public void setEducationCode(String v) { educationCode = v; }
    public List<EducationAllowance> getAllowances() { return allowances; }
    public void setAllowances(List<EducationAllowance> v) { allowances = v == null ? new ArrayList<>() : v; }
    public Art41Office getOffice() { return office; }
    public void setOffice(Art41Office v) { office = v; }
    public String getResignationAcceptedOn() { return resignationAcceptedOn; }
    public void setResignationAcceptedOn(String v) { resignationAcceptedOn = v; }
    public MilitaryServiceStatus getMilitaryService() { return militaryService; }
    public void setMilitaryService(MilitaryServiceStatus v) { militaryService = v; }
    public String getCriminalRecordIssuedOn() { return criminalRecordIssuedOn; }
    public void setCriminalRecordIssuedOn(String v) { criminalRecordIssuedOn = v; }
    public boolean isPriorCouncilMember() { return priorCouncilMember; }
    public void setPriorCouncilMember(boolean v) { priorCouncilMember = v; }
    public String getOccupation() { return occupation; }
    public void setOccupation(String v) { occupation = v; }
    public String getMotivation() { return motivation; }
    public void setMotivation(String v) { motivation = v; }
    public MultipartFile getEducationFile() { return educationFile; }
    public void setEducationFile(MultipartFile v) { educationFile = v; }
    public MultipartFile getMilitaryFile() { return militaryFile; }
    public void setMilitaryFile(MultipartFile v) { militaryFile = v; }
    public MultipartFile getResignationFile() { return resignationFile; }
    public void setResignationFile(MultipartFile v) { resignationFile = v; }
    public MultipartFile getCriminalRecordFile() { return criminalRecordFile; }
    public void setCriminalRecordFile(MultipartFile v) { criminalRecordFile = v; }
    public MultipartFile getPhotoFile() { return photoFile; }
    public void setPhotoFile(MultipartFile v) { photoFile = v; }
}
