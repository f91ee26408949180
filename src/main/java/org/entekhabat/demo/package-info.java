/**
 * The 1405 demo: divisions, the election definition, demo users and candidates, loaded
 * idempotently so a newcomer sees a working system with one command.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.entekhabat.demo;
