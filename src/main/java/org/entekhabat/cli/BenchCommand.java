package org.entekhabat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Benchmarks whose figures go into docs/PERFORMANCE.md, each printing the machine it ran on. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks (figures for docs/PERFORMANCE.md).",
        subcommands = {BenchResultsCommand.class})
class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
