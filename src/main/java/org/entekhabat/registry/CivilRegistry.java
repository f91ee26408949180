package org.entekhabat.registry;

import java.util.Optional;

/**
 * The civil registry (ثبت احوال), an outside authority. Production connects to the real service
 * behind this interface; {@link CivilRegistrySimulator} stands in for it in the demo, drills and tests.
 */
public interface CivilRegistry {

    /** The person with this code, or empty when the registry has no such person. */
    Optional<Person> lookup(NationalCode code);
}
