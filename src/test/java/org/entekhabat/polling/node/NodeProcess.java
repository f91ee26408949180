package org.entekhabat.polling.node;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** A station node in its own JVM (the launcher's `station serve`), with the test class path. */
final class NodeProcess implements AutoCloseable {

    private static final Pattern RUNNING = Pattern.compile("station node is running at http://localhost:(\\d+)/");
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();

    NodeProcess(Path dir, String central, String... settings) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        var cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-Xmx256m", "org.entekhabat.cli.Main", "station", "serve",
                "--dir", dir.toString(), "--port", "0", "--central", central,
                "--set", "logging.level.root=WARN"));
        for (String s : settings) {
            cmd.add("--set");
            cmd.add(s);
        }
        process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        var log = Path.of("target", "node-" + dir.getFileName() + ".log");
        Files.createDirectories(log.getParent());
        Thread.ofPlatform().daemon().start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.append(line).append('\n');
                    Files.writeString(log, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    var m = RUNNING.matcher(line);
                    if (m.find()) port.complete(Integer.parseInt(m.group(1)));
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
            port.completeExceptionally(new IllegalStateException("node exited:\n" + output));
        });
    }

    String base() throws Exception {
        return "http://localhost:" + port.get(90, TimeUnit.SECONDS);
    }

    String output() {
        return output.toString();
    }

    /** SIGKILL, like a power cut. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) kill();
    }
}
