/**
 * Users, roles and jurisdictions; login, sessions, CSRF, lock-out; the access rule every page
 * and endpoint applies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.entekhabat.identity;
