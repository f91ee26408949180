/**
 * The election definition: which contests exist (city and village councils, Tehran's list-PR
 * council, Majlis and Assembly of Experts by-elections), their seats by population and counting
 * rule, and which ballot style a voter at each place receives. Loaded from a YAML file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Election definition")
package org.entekhabat.election;
