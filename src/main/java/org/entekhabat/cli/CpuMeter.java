package org.entekhabat.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent by this JVM and by the embedded PostgreSQL server (postmaster and its backends),
 * so a benchmark on a shared machine can say what a claim costs, not only how many it got through.
 * Linux only (reads {@code /proc}); elsewhere, and for an external server, PostgreSQL reads as -1.
 */
final class CpuMeter {

    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

    private final Path pgDataDir;

    CpuMeter(Path pgDataDir) {
        this.pgDataDir = pgDataDir;
    }

    /** CPU time of this process, all threads (server, clients, GC, JIT), in nanoseconds. */
    long jvmNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    /** CPU time of the PostgreSQL server under {@code pgDataDir}, including its reaped children; -1 if unknown. */
    long postgresNanos() {
        if (pgDataDir == null) return -1;
        try {
            var pidFile = pgDataDir.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) return -1;
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            var postmaster = ProcessHandle.of(pid).orElse(null);
            if (postmaster == null) return -1;
            long ticks = ticks(pid, true);
            for (var child : (Iterable<ProcessHandle>) postmaster.descendants()::iterator) ticks += Math.max(0, ticks(child.pid(), false));
            return ticks * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime (+ cutime + cstime), fields 14-17 of /proc/PID/stat. */
    private static long ticks(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // f[0] is field 3
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (withReapedChildren) t += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return t;
        } catch (IOException | RuntimeException e) {
            return -1; // the process has gone
        }
    }
}
