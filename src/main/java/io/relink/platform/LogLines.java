package io.relink.platform;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.Extension;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One log record, one log line: what Relink logs is passed on to the server's handlers with every
 * line break and other control character in it made visible ({@code \r}, {@code \n}, {@code
 * \u001b}), so that a name, an id or an error message that came from a network or a caller cannot
 * start a forged line in the server log.
 *
 * <p>Installed once on the {@code io.relink} logger, it sees every record of every Relink class
 * (their loggers are its children) instead of the server's handlers, neutralises it and hands it to
 * those handlers; no log statement needs to remember anything. A record's message is neutralised
 * whole, since log statements build it from whatever they were given; only a record with parameters
 * keeps the line breaks of its message pattern, which is code (the demo banner), while each
 * parameter is neutralised. A thrown exception is shown with neutralised messages, its stack trace
 * intact.
 */
public final class LogLines extends Handler {

    static final String ROOT = "io.relink";

    /** Held here: the log manager keeps loggers only weakly, and would forget the setting. */
    private static final Logger RELINK = Logger.getLogger(ROOT);

    private LogLines() {}

    /** Puts itself between Relink's loggers and the server's handlers; once is enough. */
    public static synchronized void install() {
        for (Handler handler : RELINK.getHandlers()) {
            if (handler.getClass().getName().equals(LogLines.class.getName())) {
                RELINK.removeHandler(handler); // one of an earlier deployment of the application
            }
        }
        RELINK.addHandler(new LogLines());
        RELINK.setUseParentHandlers(false);
    }

    /** Gives Relink's records back to the server's handlers directly (the application stops). */
    public static synchronized void uninstall() {
        for (Handler handler : RELINK.getHandlers()) {
            if (handler instanceof LogLines) {
                RELINK.removeHandler(handler);
            }
        }
        RELINK.setUseParentHandlers(true);
    }

    @Override
    public void publish(LogRecord record) {
        neutralise(record);
        // What the log manager would have done: every handler up the tree, as far as it goes.
        for (Logger logger = RELINK.getParent(); logger != null; logger = logger.getParent()) {
            for (Handler handler : logger.getHandlers()) {
                handler.publish(record);
            }
            if (!logger.getUseParentHandlers()) {
                break;
            }
        }
    }

    /**
     * Installs {@link LogLines} as the application starts, before any bean of it runs (a CDI
     * extension is the first of the application's code the server calls), and removes it as it
     * stops.
     */
    public static final class Installer implements Extension {

        void starting(@Observes BeforeBeanDiscovery discovery) {
            install();
        }

        void stopping(@Observes BeforeShutdown shutdown) {
            uninstall();
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** Neutralises the record's message, parameters and thrown exception in place. */
    static void neutralise(LogRecord record) {
        Object[] parameters = record.getParameters();
        if (parameters == null || parameters.length == 0) {
            record.setMessage(neutral(record.getMessage()));
        } else {
            Object[] safe = parameters.clone();
            for (int i = 0; i < safe.length; i++) {
                if (!(safe[i] instanceof Number || safe[i] instanceof Boolean || safe[i] == null)) {
                    safe[i] = neutral(String.valueOf(safe[i]));
                }
            }
            record.setParameters(safe);
        }
        if (record.getThrown() != null && needsNeutralising(record.getThrown())) {
            record.setThrown(Neutralised.of(record.getThrown(), new IdentityHashMap<>()));
        }
    }

    /**
     * The text with every control character (C0, DEL, C1, the Unicode line and paragraph
     * separators, and the bidirectional controls that reorder what a reader sees) written as an
     * escape; null stays null.
     */
    public static String neutral(String text) {
        if (text == null || text.chars().noneMatch(LogLines::control)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16);
        text.chars()
                .forEach(
                        c -> {
                            if (!control(c)) {
                                safe.append((char) c);
                            } else if (c == '\r') {
                                safe.append("\\r");
                            } else if (c == '\n') {
                                safe.append("\\n");
                            } else if (c == '\t') {
                                safe.append("\\t");
                            } else {
                                safe.append(String.format("\\u%04x", c));
                            }
                        });
        return safe.toString();
    }

    private static boolean control(int c) {
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || c == 0x2028
                || c == 0x2029
                || c == 0x200e
                || c == 0x200f
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean needsNeutralising(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = thrown; t != null && seen.put(t, true) == null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.equals(neutral(message))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (needsNeutralising(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A stand-in for a thrown exception whose message could forge lines: printed as the original
     * (its class name, its stack trace, its causes) with neutralised messages.
     */
    static final class Neutralised extends Throwable {

        private static final long serialVersionUID = 1L;

        private final String shown;

        private Neutralised(Throwable original, Throwable cause) {
            super(neutral(original.getMessage()), cause, true, true);
            String message = original.getLocalizedMessage();
            this.shown =
                    original.getClass().getName()
                            + (message == null ? "" : ": " + neutral(message));
            setStackTrace(original.getStackTrace());
        }

        /** The stand-in of {@code original} and of its causes; a cause seen before ends it. */
        static Throwable of(Throwable original, Map<Throwable, Throwable> copies) {
            copies.put(original, original);
            Throwable cause = original.getCause();
            Neutralised copy =
                    new Neutralised(
                            original,
                            cause == null || copies.containsKey(cause) ? null : of(cause, copies));
            for (Throwable suppressed : original.getSuppressed()) {
                if (!copies.containsKey(suppressed)) {
                    copy.addSuppressed(of(suppressed, copies));
                }
            }
            return copy;
        }

        @Override
        public String toString() {
            return shown;
        }
    }
}
