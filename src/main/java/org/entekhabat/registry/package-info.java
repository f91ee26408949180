/**
 * Iranians' identity as the civil registry (ثبت احوال) knows it: the national code (کد ملی)
 * with its check digit, and the registry adapter. The registry itself is an outside authority;
 * here it is reached through {@link org.entekhabat.registry.CivilRegistry}, with a simulator for demo, drills and tests.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Civil registry")
package org.entekhabat.registry;
