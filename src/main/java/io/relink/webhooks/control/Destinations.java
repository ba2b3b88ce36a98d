package io.relink.webhooks.control;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides whether Relink may send webhooks to a URL, so that nobody can aim Relink at the systems
 * inside its own network (server-side request forgery). Pure: the resolver is passed in.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>https only, so that what a webhook says can be neither read nor changed on the way; plain
 *       http only in demo mode ({@code allowLoopbackHttp}), and then only to this machine;
 *   <li>no user name or password in the URL: they would land in logs and pages, and the signature
 *       already proves the sender;
 *   <li>a host name in ASCII, as HTTP clients need it (an international name is refused with its
 *       ASCII form to use instead);
 *   <li>every address the host resolves to is public: not loopback, link-local (where cloud
 *       metadata services answer), private, carrier-grade NAT, multicast, broadcast, unspecified or
 *       otherwise reserved, also when written inside an IPv6 address; loopback is allowed in demo
 *       mode;
 *   <li>IPv4 addresses are written as four decimal numbers only: shorter or odd forms ({@code
 *       127.1}, {@code 2130706433}) mean different addresses to different programs;
 *   <li>the check is repeated on the address actually connected to ({@link #deliverable}), since a
 *       name may resolve differently a second time (DNS rebinding).
 * </ul>
 */
public final class Destinations {

    private static final String WHY_PUBLIC =
            " Relink delivers webhooks only to addresses on the public internet, so that a"
                    + " webhook cannot reach systems inside the network Relink runs in.";

    private Destinations() {}

    /**
     * Why Relink refuses to deliver to {@code url}, as a sentence for the person who entered it;
     * empty when it is fine.
     *
     * @param allowLoopbackHttp demo mode and tests: plain http and loopback addresses are allowed
     * @param resolver the addresses of a host name; empty, or an exception, when it has none
     */
    public static Optional<String> refusal(
            URI url, boolean allowLoopbackHttp, Function<String, List<InetAddress>> resolver) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        boolean http = scheme.equals("http");
        if (!scheme.equals("https") && !(http && allowLoopbackHttp)) {
            return Optional.of(
                    "The address must start with https:// (webhooks travel encrypted, so that"
                            + " nobody on the way can read or change them).");
        }
        if (url.isOpaque() || url.getRawAuthority() == null) {
            return Optional.of("The address has no host name after " + scheme + "://.");
        }
        if (url.getRawAuthority().contains("@")) {
            // Said without repeating the URL: it holds a password.
            return Optional.of(
                    "The address contains a user name or password (before the @); leave them out:"
                            + " they would show in logs, and the webhook's signature already"
                            + " proves it comes from Relink.");
        }
        if (url.getHost() == null) {
            return Optional.of(badHost(url.getRawAuthority()));
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        List<InetAddress> addresses;
        boolean literal = true;
        if (host.startsWith("[")) {
            addresses = ipv6Literal(host);
            if (addresses.isEmpty()) {
                return Optional.of(host + " is not an IPv6 address Relink can use.");
            }
        } else if (numeric(host)) {
            addresses = ipv4Literal(host);
            if (addresses.isEmpty()) {
                return Optional.of(notIpv4(host));
            }
        } else {
            literal = false;
            addresses = resolve(host, resolver);
            if (addresses.isEmpty()) {
                return Optional.of(
                        "The host name "
                                + host
                                + " could not be found in DNS; check its spelling, or whether"
                                + " it is only known inside your own network.");
            }
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = AddressRanges.kind(address);
            if (kind.isPresent() && !(allowLoopbackHttp && AddressRanges.loopback(address))) {
                String where =
                        literal
                                ? host + " is "
                                : host + " points to " + address.getHostAddress() + ", ";
                return Optional.of(where + kind.get() + "." + WHY_PUBLIC);
            }
        }
        if (http && !addresses.stream().allMatch(AddressRanges::loopback)) {
            return Optional.of(
                    "The address must start with https://; plain http is only allowed to this"
                            + " machine, in demo mode.");
        }
        return Optional.empty();
    }

    /**
     * Whether Relink may connect to this address: the check at delivery time, on the address the
     * HTTP client is about to use.
     */
    public static boolean deliverable(InetAddress address, boolean allowLoopbackHttp) {
        return publicAddress(address) || (allowLoopbackHttp && AddressRanges.loopback(address));
    }

    /** Whether an address is reachable on the public internet and nothing else. */
    public static boolean publicAddress(InetAddress address) {
        return AddressRanges.kind(address).isEmpty();
    }

    /** The addresses of a host name, from the system's resolver; empty when it has none. */
    public static List<InetAddress> lookUp(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }

    private static List<InetAddress> resolve(
            String host, Function<String, List<InetAddress>> resolver) {
        try {
            List<InetAddress> addresses = resolver.apply(host);
            return addresses == null ? List.of() : addresses;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static List<InetAddress> ipv6Literal(String bracketed) {
        try {
            // A bracketed literal is parsed, never looked up (java.net.URI has checked its form).
            return List.of(InetAddress.getByName(bracketed));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }

    /** Four decimal numbers 0-255 without leading zeros, else nothing. */
    private static List<InetAddress> ipv4Literal(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return List.of();
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty()
                    || part.length() > 3
                    || (part.length() > 1 && part.charAt(0) == '0')
                    || Integer.parseInt(part) > 255) {
                return List.of();
            }
            bytes[i] = (byte) Integer.parseInt(part);
        }
        try {
            return List.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }

    private static boolean numeric(String host) {
        return host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }

    private static String notIpv4(String host) {
        return host
                + " is not an IPv4 address as Relink accepts them: four numbers from 0 to 255"
                + " separated by dots, without leading zeros.";
    }

    /** Why java.net.URI found no host in an authority, for the person. */
    private static String badHost(String authority) {
        String host = authority.replaceFirst(":[0-9]*$", "");
        if (host.isEmpty()) {
            return "The address has no host name.";
        }
        if (numeric(host)) {
            return notIpv4(host); // java.net.URI refuses 1.2.3.256 and 127.1 as hosts
        }
        if (host.chars().anyMatch(c -> c > 0x7F)) {
            try {
                String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
                return "Write the host name "
                        + host
                        + " in its ASCII form, "
                        + ascii.toLowerCase(Locale.ROOT)
                        + ", as HTTP clients need it.";
            } catch (IllegalArgumentException e) {
                // not a valid international name either: the general sentence below
            }
        }
        return "The host name "
                + host
                + " is not valid: use letters, digits, hyphens and dots only.";
    }
}
