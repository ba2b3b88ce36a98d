package io.relink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule platform R8: one log record is one line of the server log, whatever the names, ids and error
 * messages in it say. The server's handler is played by one on the root logger that writes each
 * record as {@code [LEVEL] message} and its stack trace, as Payara's formatters do.
 */
class LogLinesTest {

    static final String FORGED = "Evil\r\n[2000-01-01T00:00:00.000+0000] [SEVERE] forged";

    final Logger root = Logger.getLogger("");
    final Capture server = new Capture();

    @BeforeEach
    void serverHandler() {
        LogLines.install();
        root.addHandler(server);
    }

    @AfterEach
    void restore() {
        root.removeHandler(server);
        LogLines.uninstall();
    }

    @Test
    void a_page_named_with_a_line_break_writes_no_second_line() {
        Logger.getLogger("io.relink.channels.control.ChangeLog")
                .info(() -> "Sandbox channel '" + FORGED + "' (1): CONNECTED -> DISCONNECTED");

        assertThat(server.text().lines()).hasSize(1);
        assertThat(server.text())
                .startsWith("[INFO] Sandbox channel 'Evil\\r\\n[2000-01-01")
                .contains("[SEVERE] forged' (1)");
    }

    @Test
    void without_it_the_same_record_forges_a_line() {
        LogLines.uninstall();
        Logger.getLogger("io.relink.channels.control.ChangeLog")
                .info("Sandbox channel '" + FORGED + "'");

        assertThat(server.text().lines()).anyMatch(line -> line.startsWith("[2000-01-01"));
    }

    @Test
    void a_pattern_keeps_its_own_line_breaks_and_its_values_are_neutralised() {
        Logger.getLogger("io.relink.demo.DemoWorkspace")
                .log(Level.INFO, "ready at {0}\n  key: {1}", new Object[] {FORGED, 42});

        assertThat(server.text().lines())
                .containsExactly(
                        "[INFO] ready at Evil\\r\\n[2000-01-01T00:00:00.000+0000] [SEVERE] forged",
                        "  key: 42");
    }

    @Test
    void an_exception_message_from_a_network_is_neutralised_and_its_stack_trace_kept() {
        IOException cause = new IOException("refused\n[2000-01-01] [SEVERE] cause forged");
        IllegalStateException thrown =
                new IllegalStateException("Graph said \u2028[2000-01-01] [SEVERE] forged", cause);

        Logger.getLogger("io.relink.checks.control.Checker")
                .log(Level.WARNING, "A check failed", thrown);

        assertThat(server.text().lines()).noneMatch(line -> line.startsWith("[2000-01-01"));
        assertThat(server.text())
                .contains(
                        "java.lang.IllegalStateException: Graph said \\u2028[2000-01-01] [SEVERE] forged")
                .contains(
                        "Caused by: java.io.IOException: refused\\n[2000-01-01] [SEVERE] cause forged")
                .contains("at io.relink.platform.LogLinesTest.");
    }

    @Test
    void the_servers_own_records_are_left_alone() {
        Logger.getLogger("org.example.Server").info("first\nsecond");

        assertThat(server.text().lines()).containsExactly("[INFO] first", "second");
    }

    @Test
    void control_characters_are_written_as_escapes_and_plain_text_stays_as_it_is() {
        assertThat(LogLines.neutral("a\tb\u001b[31mc\u0085d\u202ee\u007f"))
                .isEqualTo("a\\tb\\u001b[31mc\\u0085d\\u202ee\\u007f");
        String plain = "Acme Coffee – Café (ok)";
        assertThat(LogLines.neutral(plain)).isSameAs(plain);
        assertThat(LogLines.neutral(null)).isNull();
    }

    /** A handler as the server's: one record after the other, formatted, stack traces included. */
    static final class Capture extends Handler {

        private final StringBuilder text = new StringBuilder();

        Capture() {
            setFormatter(
                    new Formatter() {
                        @Override
                        public String format(LogRecord record) {
                            StringWriter out = new StringWriter();
                            out.append('[')
                                    .append(record.getLevel().getName())
                                    .append("] ")
                                    .append(formatMessage(record))
                                    .append('\n');
                            if (record.getThrown() != null) {
                                record.getThrown().printStackTrace(new PrintWriter(out));
                            }
                            return out.toString();
                        }
                    });
        }

        @Override
        public synchronized void publish(LogRecord record) {
            text.append(getFormatter().format(record));
        }

        synchronized String text() {
            return text.toString();
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
