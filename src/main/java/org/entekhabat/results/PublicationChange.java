package org.entekhabat.results;

import java.time.Instant;
import java.util.List;

/** One numbered version of the published result and what changed in it. */
public record PublicationChange(long version, Instant publishedAt, String kind, String stationCode,
                                List<String> contestIds, String actor, String reason, String summary) {}
