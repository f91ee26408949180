package org.entekhabat.boards;

import java.time.Instant;
import org.entekhabat.identity.Jurisdiction;

/** A board as stored: kind, where it acts, and whether it is formed (complete). */
public record BoardInfo(String id, BoardKind kind, Jurisdiction jurisdiction, boolean formed, Instant createdAt,
                        String createdBy, Instant formedAt) {}
