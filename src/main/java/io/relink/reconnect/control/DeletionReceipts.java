package io.relink.reconnect.control;

import io.relink.networks.Callback;
import io.relink.networks.NetworkType;
import io.relink.platform.OneTimeSecret;
import java.net.URI;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * What a network gets back for a data-deletion request, and how the person is remembered. Pure.
 *
 * <p>Rules: a confirmation code is 128 random bits in lower-case hex, so nobody can guess another
 * person's; anything else is no code (its status is not looked up). The status URL is {@code
 * <public-url>/api/v1/callbacks/<network>/data-deletion/<code>}. The person's id is kept only as
 * its SHA-256.
 */
public final class DeletionReceipts {

    private static final int CODE_BYTES = 16;
    private static final Pattern CODE = Pattern.compile("[0-9a-f]{" + CODE_BYTES * 2 + "}");

    private DeletionReceipts() {}

    /** What Meta wants in answer: where the person sees the request's status, and its code. */
    public record Receipt(String confirmationCode, URI url) {}

    /**
     * A new confirmation code; {@code random} must be a {@link java.security.SecureRandom} outside
     * tests.
     */
    public static String code(Random random) {
        byte[] bits = new byte[CODE_BYTES];
        random.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    /** Whether {@code code} could be one Relink gave. */
    public static boolean wellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /**
     * The receipt of request {@code code}, its URL under Relink's public URL (with or without a
     * trailing slash).
     */
    public static Receipt receipt(String publicUrl, NetworkType network, String code) {
        String base = publicUrl.strip().replaceAll("/+$", "");
        return new Receipt(
                code,
                URI.create(
                        base
                                + "/api/v1/callbacks/"
                                + network.name().toLowerCase(Locale.ROOT)
                                + "/"
                                + Callback.DATA_DELETION
                                + "/"
                                + code));
    }

    /** The SHA-256 of the person's network id, in lower-case hex: what is kept of them. */
    public static String fingerprint(String externalUserId) {
        return OneTimeSecret.digest(externalUserId);
    }
}
