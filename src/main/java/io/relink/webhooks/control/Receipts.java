package io.relink.webhooks.control;

import java.nio.charset.StandardCharsets;

/**
 * Decides what Relink keeps of a receiver's answer to a webhook, and whether it counts as
 * delivered. Pure: the relay hands over the status and the raw body.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>only a 2xx status is a delivery; a 3xx is a failure, since Relink follows no redirect (the
 *       address it was checked for is the only one it sends to);
 *   <li>of the body, the first 1 KiB is kept, enough to see the receiver's error and small enough
 *       to store for every attempt;
 *   <li>the excerpt is text that is safe to log and show: invalid UTF-8 becomes U+FFFD, CRLF
 *       becomes LF, and control characters (other than line feeds and tabs), line separators and
 *       bidirectional overrides become U+FFFD too, so a receiver cannot forge log lines or disguise
 *       text on a page.
 * </ul>
 */
public final class Receipts {

    /** How much of a body is kept. */
    public static final int EXCERPT_BYTES = 1024;

    private static final char REPLACEMENT = '\uFFFD';

    private Receipts() {}

    /** Whether the receiver accepted the webhook. */
    public static boolean delivered(int status) {
        return status >= 200 && status <= 299;
    }

    /** The first {@link #EXCERPT_BYTES} of a body, as safe text. */
    public static String excerpt(byte[] body) {
        return excerpt(body, EXCERPT_BYTES);
    }

    /**
     * The first {@code maxBytes} of a body, as safe text; a character cut by the limit is left out
     * whole rather than shown as garbage.
     */
    public static String excerpt(byte[] body, int maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        if (body == null) {
            return "";
        }
        int end = Math.min(body.length, maxBytes);
        // body[end] is the first byte left out; if it continues a character, cut before that
        // character's first byte (UTF-8 characters are at most 4 bytes).
        for (int back = 0; back < 3 && end > 0 && end < body.length; back++) {
            if ((body[end] & 0xC0) != 0x80) {
                break;
            }
            end--;
        }
        // new String(...) turns invalid UTF-8 into U+FFFD; CRLF line ends read as plain ones.
        String text = new String(body, 0, end, StandardCharsets.UTF_8).replace("\r\n", "\n");
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> safe.appendCodePoint(shown(c) ? c : REPLACEMENT));
        return safe.toString();
    }

    private static boolean shown(int c) {
        if (c == '\n' || c == '\t') {
            return true;
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return false; // bidirectional embeddings, overrides and isolates
        }
        int type = Character.getType(c);
        return type != Character.CONTROL
                && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR;
    }
}
