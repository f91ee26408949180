package org.entekhabat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Benchmarks whose figures go into docs/PERFORMANCE.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the hot paths: participation claims, the station journal, candidate registrations.",
        subcommands = {BenchLedgerCommand.class, BenchJournalCommand.class, BenchRegistrationsCommand.class})
class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
