package org.entekhabat;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The application: one top-level package per domain module (see docs/ARCHITECTURE.md).
 * The artifact's entry point is {@code org.entekhabat.cli.Main}: central server, station node and
 * verifier are commands of one launcher.
 */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
public class Entekhabat {
}
