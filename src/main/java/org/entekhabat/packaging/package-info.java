/**
 * Station packages built at central (بستهٔ شعبه): for a registered station, its place's ballot style in
 * the election and, per contest, the published final candidate list (codes, names, Tehran lists). It
 * implements {@link org.entekhabat.polling.StationPackageBuilder}; stored packages still win
 * ({@link org.entekhabat.polling.StationPackageSource}). Depends on polling, stations, election and vetting;
 * nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Station packages")
package org.entekhabat.packaging;
