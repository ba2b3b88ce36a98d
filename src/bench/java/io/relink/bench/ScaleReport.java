package io.relink.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scale run's figures: each as a row of {@code scale.csv} (measure, figure, value, unit, the
 * machine's load when it was taken, the settings it was taken with) and a line of {@code
 * report.md}, with free text (plans, heap summaries) in between.
 */
final class ScaleReport {

    private final Path dir;
    private final List<String> csv = new ArrayList<>();
    private final StringBuilder markdown = new StringBuilder();
    private String measure = "";
    private String settings = "";

    /** Whether the next figure continues a table (else it starts one with its header). */
    private boolean tableOpen;

    ScaleReport(Path dir, String title) {
        this.dir = dir;
        csv.add("measure,figure,value,unit,load_1_5_15,settings");
        markdown.append("# ").append(title).append("\n\n");
    }

    /** Starts a measure's section; {@code settings} go with each of its figures. */
    ScaleReport measure(String name, String heading, String settings) {
        this.measure = name;
        this.settings = settings;
        markdown.append("\n## ")
                .append(name)
                .append(": ")
                .append(heading)
                .append("\n\nSettings: ")
                .append(settings)
                .append(". Load average (1/5/15 min) at the start: ")
                .append(Machine.load())
                .append(".\n\n");
        tableOpen = false;
        return this;
    }

    ScaleReport figure(String figure, double value, String unit) {
        String shown =
                value == Math.rint(value) && Math.abs(value) < 1e15
                        ? String.format(Locale.ROOT, "%,d", (long) value)
                        : String.format(Locale.ROOT, "%,.2f", value);
        return figure(figure, shown, value, unit);
    }

    ScaleReport text(String figure, String value) {
        return figure(figure, value, Double.NaN, "");
    }

    private ScaleReport figure(String figure, String shown, double value, String unit) {
        String load = Machine.load();
        if (!tableOpen) {
            markdown.append("| figure | value |\n| --- | --- |\n");
            tableOpen = true;
        }
        markdown.append("| ")
                .append(figure)
                .append(" | ")
                .append(shown)
                .append(unit.isEmpty() ? "" : " " + unit)
                .append(" |\n");
        csv.add(
                String.join(
                        ",",
                        measure,
                        quote(figure),
                        Double.isNaN(value) ? quote(shown) : Double.toString(value),
                        unit,
                        load,
                        quote(settings)));
        System.out.println("[" + measure + "] " + figure + ": " + shown + " " + unit);
        return this;
    }

    /** Free text after the current table (a blank line ends the table first). */
    ScaleReport note(String text) {
        markdown.append("\n").append(text).append("\n\n");
        tableOpen = false;
        return this;
    }

    /** Writes both files; called after each measure, so an interrupted run keeps what it got. */
    void write() throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.md"), markdown);
        Files.write(dir.resolve("scale.csv"), csv);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
