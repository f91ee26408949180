package org.entekhabat.candidacy.web;

import java.io.IOException;
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
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The candidacy REST API: drafts, live findings, documents, submission, status by tracking id,
 * withdrawal, statistics. Refusals come back as RFC 9457 problem details. Until the identity module
 * is wired, the draft id (a random UUID) is the candidate's key to the draft.
 */
@RestController
@RequestMapping("/api/candidacy")
class CandidacyApi {

    private final CandidateRegistrations registrations;

    CandidacyApi(CandidateRegistrations registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/constituencies")
    List<Constituency> constituencies() {
        return registrations.constituencies();
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

    @PutMapping("/drafts/{id}")
    Map<String, Object> update(@PathVariable UUID id, @RequestBody ApplicationDraft draft) {
        return view(registrations.saveDraft(id, draft, List.of()));
    }

    @GetMapping("/drafts/{id}")
    Map<String, Object> draft(@PathVariable UUID id) {
        return view(registrations.byId(id).orElseThrow(CandidacyApi::notFound));
    }

    @PostMapping("/drafts/{id}/documents/{type}")
    CandidateApplication.Document upload(@PathVariable UUID id, @PathVariable DocumentType type,
                                         @RequestParam("file") MultipartFile file) throws IOException {
        return registrations.upload(id, new UploadedDocument(type, file.getOriginalFilename(), file.getContentType(), file.getBytes()));
    }

    @PostMapping("/drafts/{id}/submit")
    Map<String, Object> submit(@PathVariable UUID id) {
        return view(registrations.submit(id));
    }

    @GetMapping("/applications/{trackingId}")
    Map<String, Object> application(@PathVariable String trackingId) {
        return view(registrations.byTrackingId(trackingId).orElseThrow(CandidacyApi::notFound));
    }

    /** Withdrawal (انصراف) needs the national code as well as the tracking id. */
    record Withdrawal(String nationalCode, String reason) {}

    @PostMapping("/applications/{trackingId}/withdraw")
    Map<String, Object> withdraw(@PathVariable String trackingId, @RequestBody Withdrawal w) {
        return view(registrations.withdraw(trackingId, w.nationalCode(), w.reason()));
    }

    @GetMapping("/statistics")
    RegistrationStatistics statistics(@RequestParam(required = false) String constituency) {
        return registrations.statistics(constituency);
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
        return DomainException.notFound("candidacy.not-found", "درخواستی با این شناسه یافت نشد.", "No application with this id.");
    }
}
