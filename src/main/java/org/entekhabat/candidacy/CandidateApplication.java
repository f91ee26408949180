package org.entekhabat.candidacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stored application as the candidate and the boards see it.
 *
 * @param id            the draft's key (kept by the candidate until submission)
 * @param trackingId    شناسه رهگیری, given on submission (null for a draft)
 * @param constituency  the constituency's facts as they were at registration
 * @param imported      created by {@code entekhabat import candidates} (drill, demo), not registered online
 */
public record CandidateApplication(UUID id, String trackingId, String nationalCode, String firstName, String lastName,
                                   Constituency constituency, ApplicationStatus status, CandidateFacts facts,
                                   Map<String, String> answers, List<Document> documents, Instant createdAt,
                                   Instant updatedAt, Instant submittedAt, Instant withdrawnAt, boolean imported) {

    /** A stored upload's description (the bytes stay in the database). */
    public record Document(DocumentType type, String fileName, String contentType, int size, String sha256, Instant uploadedAt) {}

    public String fullName() {
        return firstName + " " + lastName;
    }
}
