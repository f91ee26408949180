/**
 * The Persian web shell: layout, home page, locale switching (Persian first, English second)
 * and the formatting helpers templates use. Module pages live in each module's web package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.entekhabat.web;
