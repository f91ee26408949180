package org.entekhabat.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.entekhabat.demo.DemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The README's first command: the central server loaded with the 1405 demo election. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the central server with the 1405 demo election, divisions and demo users loaded.")
class DemoCommand implements Callable<Integer> {

    @Mixin DatabaseOptions db;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Override
    public Integer call() {
        // the demo clock lets a newcomer step through the calendar (/demo/clock)
        var context = SpringContexts.web(db, Map.of("server.port", port, "entekhabat.clock.adjustable", true));
        var summary = context.getBean(DemoData.class).load();
        System.out.println();
        summary.lines().forEach(System.out::println);
        ServeCommand.announce(context, "");
        return ServeCommand.waitForShutdown(context);
    }
}
