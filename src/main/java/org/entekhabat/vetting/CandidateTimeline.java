package org.entekhabat.vetting;

import java.time.Instant;
import java.util.List;
import org.entekhabat.candidacy.CandidateApplication;

/**
 * Everything a candidate may see of their own case, in order: the registration, the five inquiries
 * (status only: an authority's finding text is for the boards, see docs/vetting.md), every decision with
 * its board, verdict, cited clauses, written reason and named votes, the initial result, the objection,
 * the final result, the ballot code and, in Tehran, the list.
 *
 * @param stage          where the case stands now (null if no case was opened)
 * @param imported       the candidate was imported (drill/demo), not vetted here
 * @param finalVerdict   null until final
 * @param code           ballot code, once drawn
 */
public record CandidateTimeline(CandidateApplication application, VettingStage stage, boolean imported, List<InquiryLine> inquiries,
                                Instant inquiriesDeadline, List<Decision> decisions, Initial initial, Objection objection,
                                Verdict finalVerdict, Integer code, String listTitle, Integer listCode, boolean finalListPublished) {

    /** One authority's inquiry as the candidate sees it. */
    public record InquiryLine(Authority authority, InquiryStatus status, Instant sentAt, Instant deadline) {}

    public record Initial(Verdict verdict, Instant publishedAt, Instant objectionDeadline) {}

    public record Objection(Instant filedAt, String text) {}
}
