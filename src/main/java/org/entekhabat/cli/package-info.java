/**
 * The command line: one launcher, {@code entekhabat}, whose subcommands start the central server,
 * the station node, the verifier and the administrative jobs. An adapter: it only calls the
 * modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.entekhabat.cli;
