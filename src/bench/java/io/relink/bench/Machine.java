package io.relink.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the benchmark reads of the machine and of a node's process: the load average, a process's
 * CPU time (from {@code /proc/<pid>/stat}), and its live heap (from {@code jcmd}). Linux only, like
 * the development machine.
 */
final class Machine {

    /** Clock ticks per second of {@code /proc/<pid>/stat}'s times ({@code getconf CLK_TCK}). */
    static final double TICKS_PER_SECOND = ticksPerSecond();

    /**
     * How long jcmd may take: a node thrashing near its heap's limit may not answer at all, and a
     * benchmark that waits for it forever reports nothing.
     */
    private static final String JCMD_LIMIT = "120";

    private Machine() {}

    /** The 1, 5 and 15 minute load averages, as {@code /proc/loadavg} writes them. */
    static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException unreadable) {
            return "?";
        }
    }

    /** The 1 minute load average. */
    static double load1() {
        return Double.parseDouble(load().split(" ")[0]);
    }

    /** User plus system CPU seconds the process has used so far. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name (field 2) may hold spaces: count the fields after its ')'
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(after[11]) + Long.parseLong(after[12])) / TICKS_PER_SECOND;
        } catch (IOException gone) {
            throw new IllegalStateException("No process " + pid, gone);
        }
    }

    /** The process's resident set, in MiB. */
    static double rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException gone) {
            // below
        }
        return -1;
    }

    /** The Payara Micro process started with {@code --name name}, among this JVM's children. */
    static long pidOf(String name) {
        Optional<ProcessHandle> node =
                ProcessHandle.current()
                        .descendants()
                        .filter(
                                p ->
                                        p.info()
                                                .commandLine()
                                                .map(c -> c.contains("--name " + name + " "))
                                                .orElse(false))
                        .findFirst();
        return node.orElseThrow(() -> new IllegalStateException("No node " + name)).pid();
    }

    /**
     * Bytes of live objects: {@code jcmd GC.class_histogram} runs a full collection first and its
     * last line totals what survived it.
     */
    static long liveHeapBytes(long pid) {
        List<String> lines =
                run("timeout", JCMD_LIMIT, "jcmd", Long.toString(pid), "GC.class_histogram")
                        .lines()
                        .toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).trim();
            if (line.startsWith("Total")) {
                String[] fields = line.split("\\s+");
                return Long.parseLong(fields[2]);
            }
        }
        throw new IllegalStateException("No total in the class histogram of " + pid);
    }

    /** {@code jcmd GC.heap_info}: the heap's size and use, for the report as it is. */
    static String heapInfo(long pid) {
        return run("timeout", JCMD_LIMIT, "jcmd", Long.toString(pid), "GC.heap_info");
    }

    /**
     * Runs a command and returns its output (standard error included); fails on a non-zero exit.
     */
    static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
            }
            return out;
        } catch (IOException failure) {
            throw new IllegalStateException("Could not run " + command[0], failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted running " + command[0], interrupted);
        }
    }

    private static double ticksPerSecond() {
        try {
            return Double.parseDouble(run("getconf", "CLK_TCK").trim());
        } catch (RuntimeException unknown) {
            return 100;
        }
    }
}
