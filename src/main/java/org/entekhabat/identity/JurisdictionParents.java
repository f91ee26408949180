package org.entekhabat.identity;

import java.util.Optional;

/**
 * What a module knows of the hierarchy: the direct parent of a jurisdiction it defines (a
 * constituency's county, a station's constituency). Modules contribute beans of this type;
 * identity asks every one of them. Answer empty for jurisdictions you do not define.
 * A parent must sit on a higher level than its child; other answers are ignored.
 */
public interface JurisdictionParents {

    Optional<Jurisdiction> parentOf(Jurisdiction jurisdiction);
}
