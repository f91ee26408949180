package org.entekhabat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command tree. Each subcommand has --help; data commands have --json. */
@Command(name = "entekhabat",
        mixinStandardHelpOptions = true,
        version = "entekhabat 0.1.0",
        description = "Iran's city and village council elections: central server, station node, verifier.",
        subcommands = {
                ServeCommand.class,
                DemoCommand.class,
                StationCommand.class,
                BenchCommand.class,
                AdminCommand.class,
                ScheduleCommand.class,
                AuditCommand.class,
                ImportCommand.class,
                ElectionCommand.class,
                ResultsCommand.class,
                DrillCommand.class,
                VerifyCommand.class,
                CommandLine.HelpCommand.class,
        })
public class EntekhabatCommand extends CommandGroup {

    public static int run(String[] args) {
        var cli = new CommandLine(new EntekhabatCommand());
        cli.setExecutionExceptionHandler(new FailureHandler());
        return cli.execute(args);
    }
}
