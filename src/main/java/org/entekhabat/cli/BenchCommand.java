package org.entekhabat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Benchmarks whose figures go into docs/PERFORMANCE.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the election-day hot paths: participation claims and the station journal.",
        subcommands = {BenchLedgerCommand.class, BenchJournalCommand.class})
class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
