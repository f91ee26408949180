package org.entekhabat.candidacy.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entekhabat.candidacy.ApplicationDraft;
import org.entekhabat.candidacy.CandidateApplication;
import org.entekhabat.candidacy.CandidateRegistrations;
import org.entekhabat.candidacy.Constituency;
import org.entekhabat.candidacy.DocumentType;
import org.entekhabat.candidacy.EligibilityFinding;
import org.entekhabat.candidacy.RegistrationStatistics;
import org.entekhabat.candidacy.UploadedDocument;
import org.entekhabat.platform.DomainException;
import org.entekhabat.registry.NationalCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The candidacy REST API. Candidates have no account when they register, so the candidate-facing part
 * is public (SecurityConfig's public API list): a draft is reached by its random id, an application by
 * its tracking id, and either only together with the owner's national code (header {@code X-National-Code}).
 * Statistics are for HQ and governors ({@link StatisticsAccess}). Refusals are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/candidacy")
class CandidacyApi {

    static final String NATIONAL_CODE = "X-National-Code";

    private final CandidateRegistrations registrations;
    private final StatisticsAccess statisticsAccess;

    CandidacyApi(CandidateRegistrations registrations, StatisticsAccess statisticsAccess) {
        this.registrations = registrations;
        this.statisticsAccess = statisticsAccess;
    }

    /** The constituencies of a county (the country has tens of thousands: always by county). */
    @GetMapping("/constituencies")
    List<Constituency> constituencies(@RequestParam long county) {
        return registrations.constituenciesInCounty(county);
    }

    /** Findings for a partial draft, as the candidate types; nothing is saved. */
    @PostMapping("/findings")
    List<Map<String, Object>> findings(@RequestBody ApplicationDraft draft) {
        return describe(registrations.findings(draft));
    }

    @PostMapping("/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody ApplicationDraft draft) {
        return view(registrations.saveDraft(null, draft, List.of()));
    }

    /** Draft and documents saved and submitted in one transaction: the tracking id, or nothing at all. */
    @PostMapping(path = "/registrations", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> register(@RequestPart("draft") ApplicationDraft draft,
                                 @RequestParam Map<String, MultipartFile> files) throws IOException {
        var docs = new ArrayList<UploadedDocument>();
        for (var e : files.entrySet()) {
            DocumentType type = documentType(e.getKey());
            if (type == null) continue;
            MultipartFile f = e.getValue();
            docs.add(new UploadedDocument(type, f.getOriginalFilename(), f.getContentType(), f.getBytes()));
        }
        return view(registrations.register(draft, docs));
    }

    @PutMapping("/drafts/{id}")
    Map<String, Object> update(@PathVariable UUID id, @RequestBody ApplicationDraft draft) {
        return view(registrations.saveDraft(id, draft, List.of()));
    }

    @GetMapping("/drafts/{id}")
    Map<String, Object> draft(@PathVariable UUID id, @RequestHeader(NATIONAL_CODE) String nationalCode) {
        return view(owned(registrations.byId(id), nationalCode));
    }

    @PostMapping("/drafts/{id}/documents/{type}")
    CandidateApplication.Document upload(@PathVariable UUID id, @PathVariable DocumentType type,
                                         @RequestHeader(NATIONAL_CODE) String nationalCode,
                                         @RequestParam("file") MultipartFile file) throws IOException {
        owned(registrations.byId(id), nationalCode);
        return registrations.upload(id, new UploadedDocument(type, file.getOriginalFilename(), file.getContentType(), file.getBytes()));
    }

    @PostMapping("/drafts/{id}/submit")
    Map<String, Object> submit(@PathVariable UUID id, @RequestHeader(NATIONAL_CODE) String nationalCode) {
        owned(registrations.byId(id), nationalCode);
        return view(registrations.submit(id));
    }

    @GetMapping("/applications/{trackingId}")
    Map<String, Object> application(@PathVariable String trackingId, @RequestHeader(NATIONAL_CODE) String nationalCode) {
        return view(owned(registrations.byTrackingId(trackingId), nationalCode));
    }

    /** Withdrawal (انصراف) needs the national code as well as the tracking id. */
    record Withdrawal(String nationalCode, String reason) {}

    @PostMapping("/applications/{trackingId}/withdraw")
    Map<String, Object> withdraw(@PathVariable String trackingId, @RequestBody Withdrawal w) {
        return view(registrations.withdraw(trackingId, w.nationalCode(), w.reason()));
    }

    /** HQ and governors, within their jurisdiction (a nation-wide HQ may narrow to a constituency). */
    @GetMapping("/statistics")
    RegistrationStatistics statistics(@RequestParam(required = false) String constituency) {
        return statisticsAccess.statistics(constituency).statistics();
    }

    /** The same answer for a wrong code and an unknown id, so neither can be probed. */
    static CandidateApplication owned(java.util.Optional<CandidateApplication> found, String nationalCode) {
        String code = nationalCode == null ? "" : org.entekhabat.platform.PersianNumbers.latin(nationalCode).strip();
        var a = found.orElseThrow(CandidacyApi::notFound);
        if (!NationalCode.isValid(code) || !a.nationalCode().equals(code)) throw notFound();
        return a;
    }

    private static DocumentType documentType(String part) {
        try {
            return DocumentType.valueOf(part);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Map<String, Object> view(CandidateApplication a) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", a.id());
        m.put("trackingId", a.trackingId());
        m.put("status", a.status());
        m.put("firstName", a.firstName());
        m.put("lastName", a.lastName());
        m.put("constituency", a.constituency());
        m.put("documents", a.documents());
        m.put("submittedAt", a.submittedAt());
        m.put("withdrawnAt", a.withdrawnAt());
        m.put("findings", describe(registrations.findingsOf(a)));
        return m;
    }

    static List<Map<String, Object>> describe(List<EligibilityFinding> findings) {
        return findings.stream().map(CandidateRegistrations::describe).toList();
    }

    private static DomainException notFound() {
        return DomainException.notFound("candidacy.not-found", "درخواستی با این شناسه و کد ملی یافت نشد.",
                "No application with this id and national code.");
    }
}
