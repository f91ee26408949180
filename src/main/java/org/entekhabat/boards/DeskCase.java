package org.entekhabat.boards;

import java.util.List;
import org.entekhabat.vetting.CaseSubject;
import org.entekhabat.vetting.Inquiry;
import org.entekhabat.vetting.InquiryStatus;
import org.entekhabat.vetting.VettingCase;

/** A case as a desk shows it: the subject, where it is decided, the case with its decisions, and each inquiry's status now. */
public record DeskCase(CaseSubject subject, CasePlace place, VettingCase vettingCase, List<InquiryLine> inquiries) {

    public record InquiryLine(Inquiry inquiry, InquiryStatus status) {}
}
