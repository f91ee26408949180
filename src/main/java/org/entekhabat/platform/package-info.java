/**
 * Shared infrastructure every module may use: the PostgreSQL data source (embedded or external),
 * the clock, RFC 9457 problem details, Persian formatting of numbers. No election rules here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.entekhabat.platform;
