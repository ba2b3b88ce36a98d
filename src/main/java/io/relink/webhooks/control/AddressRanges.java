package io.relink.webhooks.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells the addresses of the public internet from all others (IANA's special-purpose registries),
 * and names the kind of the others in words a person understands.
 */
final class AddressRanges {

    private AddressRanges() {}

    /** This machine: 127.0.0.0/8 and ::1, also as an IPv4-mapped IPv6 address. */
    static boolean loopback(InetAddress address) {
        byte[] b = address.getAddress();
        return address.isLoopbackAddress() || (mapped(b) && b[12] == 127);
    }

    /** What kind of non-public address this is; empty for a public one. */
    static Optional<String> kind(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return ipv4Kind(b);
        }
        if (!(address instanceof Inet6Address)) {
            return Optional.of("an address of an unknown kind");
        }
        if (zeros(b, 0, 16)) {
            return Optional.of("the unspecified address");
        }
        if (zeros(b, 0, 15) && b[15] == 1) {
            return Optional.of("a loopback address (this machine)");
        }
        // IPv4 addresses written inside IPv6 ones reach the IPv4 address: judged as such.
        if (mapped(b)) {
            return ipv4Kind(Arrays.copyOfRange(b, 12, 16)); // ::ffff:a.b.c.d, IPv4-mapped
        }
        if (b[0] == 0
                && b[1] == 0x64
                && b[2] == (byte) 0xff
                && b[3] == (byte) 0x9b
                && zeros(b, 4, 12)) {
            // 64:ff9b::a.b.c.d: NAT64, which an IPv6-only network's DNS64 hands out for every
            // IPv4 host, so refusing it outright would refuse the whole IPv4 internet there.
            return ipv4Kind(Arrays.copyOfRange(b, 12, 16));
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return ipv4Kind(Arrays.copyOfRange(b, 2, 6)); // 2002:a.b.c.d::/48, 6to4
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0xff) {
            return Optional.of("a multicast address");
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return Optional.of("a link-local address (where cloud metadata services may answer)");
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return Optional.of("a site-local address (a private network)");
        }
        if ((first & 0xfe) == 0xfc) {
            return Optional.of("a unique local address (a private network)");
        }
        if (first == 0x20 && second == 0x01 && b[2] == 0x0d && b[3] == (byte) 0xb8) {
            return Optional.of("an address reserved for documentation");
        }
        if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) {
            return Optional.of("a Teredo tunnel address");
        }
        if ((first & 0xe0) != 0x20) {
            // Only 2000::/3 is handed out for the public internet.
            return Optional.of("a reserved address");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv4Kind(byte[] b) {
        // The first three numbers of a.b.c.d decide every range below but the broadcast one.
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        int third = b[2] & 0xff;
        if (zeros(b, 0, 4)) {
            return Optional.of("the unspecified address (this machine, on most systems)");
        }
        if (first == 0) {
            return Optional.of("an address of 'this network' (0.0.0.0/8)");
        }
        if (first == 127) {
            return Optional.of("a loopback address (this machine)");
        }
        if (first == 10
                || (first == 172 && (second & 0xf0) == 16)
                || (first == 192 && second == 168)) {
            return Optional.of("a private network address");
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return Optional.of("a carrier-grade NAT address (shared, not public)");
        }
        if (first == 169 && second == 254) {
            return Optional.of("a link-local address (where cloud metadata services answer)");
        }
        if ((first == 192 && second == 0 && third == 2)
                || (first == 198 && second == 51 && third == 100)
                || (first == 203 && second == 0 && third == 113)) {
            return Optional.of("an address reserved for documentation");
        }
        if ((first == 192 && second == 0 && third == 0)
                || (first == 192 && second == 88 && third == 99)) {
            return Optional.of("an address reserved for network protocols");
        }
        if (first == 198 && (second & 0xfe) == 18) {
            return Optional.of("an address reserved for network benchmarks");
        }
        if ((first & 0xf0) == 224) {
            return Optional.of("a multicast address");
        }
        if (Arrays.equals(b, new byte[] {-1, -1, -1, -1})) {
            return Optional.of("the broadcast address");
        }
        if ((first & 0xf0) == 240) {
            return Optional.of("a reserved address");
        }
        return Optional.empty();
    }

    /** ::ffff:a.b.c.d, an IPv4 address in IPv6 form. */
    private static boolean mapped(byte[] b) {
        return b.length == 16 && zeros(b, 0, 10) && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
