package io.relink.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code wrk} (Debian's package) against one URL and reads its summary: requests per second,
 * the 50th and 99th latency percentiles, and the answers that were not 2xx or 3xx.
 */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern TIMEOUTS = Pattern.compile("Socket errors:.*timeout (\\d+)");

    /** How long one answer may take before wrk counts it as a timeout (its default is 2 s). */
    static final String TIMEOUT = "30s";

    private Wrk() {}

    /** What one run measured; latencies in milliseconds. */
    record Result(
            String label,
            double requestsPerSecond,
            double p50,
            double p99,
            long total,
            long failed,
            long timeouts) {}

    /**
     * @param script a Lua script (a POST's method and body), or null for a GET
     * @param header a request header ({@code Authorization: Bearer …}), or null
     */
    static Result run(
            String label, String url, int connections, int seconds, Path script, String header) {
        List<String> command =
                new ArrayList<>(List.of("wrk", "--latency", "--timeout", TIMEOUT, "-t", "2"));
        command.addAll(List.of("-c", Integer.toString(connections), "-d", seconds + "s"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        if (header != null) {
            command.addAll(List.of("-H", header));
        }
        command.add(url);
        String out = Machine.run(command.toArray(String[]::new));
        System.out.println(label + ":\n" + out);
        return new Result(
                label,
                number(RATE, out, 0),
                percentile(out, "50%"),
                percentile(out, "99%"),
                (long) number(TOTAL, out, 0),
                (long) number(NON_2XX, out, 0),
                (long) number(TIMEOUTS, out, 0));
    }

    private static double number(Pattern pattern, String out, double otherwise) {
        Matcher m = pattern.matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : otherwise;
    }

    /** A line of the latency distribution, e.g. {@code 99% 12.34ms}, in milliseconds. */
    private static double percentile(String out, String which) {
        Matcher m =
                Pattern.compile("\\s" + Pattern.quote(which) + "\\s+([0-9.]+)(us|ms|s)")
                        .matcher(out);
        if (!m.find()) {
            return -1;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
