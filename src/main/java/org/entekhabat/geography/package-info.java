/**
 * Iran's official divisions (province, county, district, city, rural district, village) and the
 * 2016 census by county: imported from the classpath, matched by normalized Persian names, looked
 * up through {@link org.entekhabat.geography.Geography}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography")
package org.entekhabat.geography;
