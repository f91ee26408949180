package org.entekhabat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Bulk imports into the central database. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import data files into the central database.",
        subcommands = {ImportStationsCommand.class})
class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
