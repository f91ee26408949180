package org.entekhabat.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The central server: web UI, REST API, PostgreSQL. Runs until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the central server (web UI and REST API).")
class ServeCommand implements Callable<Integer> {

    @Mixin DatabaseOptions db;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Override
    public Integer call() {
        var context = SpringContexts.web(db, Map.of("server.port", port));
        announce(context, "");
        return waitForShutdown(context);
    }

    static void announce(ConfigurableApplicationContext context, String note) {
        int actual = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.out.println();
        System.out.println("entekhabat central server is running at http://localhost:" + actual + "/" + note);
        System.out.println("Press Ctrl+C to stop.");
    }

    static int waitForShutdown(ConfigurableApplicationContext context) {
        var closed = new java.util.concurrent.CountDownLatch(1);
        context.addApplicationListener(e -> {
            if (e instanceof org.springframework.context.event.ContextClosedEvent) closed.countDown();
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
