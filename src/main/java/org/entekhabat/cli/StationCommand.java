package org.entekhabat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Commands run on (or for) a polling station's node. */
@Command(name = "station", mixinStandardHelpOptions = true,
        description = "Station node commands.",
        subcommands = {LinkTestCommand.class})
class StationCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
