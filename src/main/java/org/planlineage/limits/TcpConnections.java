package org.planlineage.limits;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of this machine's TCP connections, as Linux lists them in {@code /proc/net/tcp} and {@code tcp6}: how
 * the service tells that a client has gone while its request is still being worked on. A servlet container notices a
 * closed connection only when it next writes to it; the kernel knows at once (the connection turns to CLOSE_WAIT).
 * Elsewhere than on Linux the files do not exist and {@link #available()} is false.
 */
final class TcpConnections {

    /** One end of a connection as the service sees it: its local port and the client's address and port. */
    record Key(int localPort, InetAddress remote, int remotePort) {}

    /** Kernel states in which the peer has closed its side or the connection is gone (tcp_states.h). */
    private static final Set<Integer> CLOSING = Set.of(0x06, 0x07, 0x08, 0x09, 0x0B);

    private static final List<Path> FILES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));

    private TcpConnections() {}

    static boolean available() {
        return FILES.stream().anyMatch(Files::isReadable);
    }

    /** Every listed connection and whether it is closing (true) or still open (false). */
    static Map<Key, Boolean> read() {
        var states = new HashMap<Key, Boolean>();
        for (Path file : FILES) {
            try {
                parse(Files.readAllLines(file), states);
            } catch (IOException e) {
                // one of the two files may be missing (no IPv6): the other still tells
            }
        }
        return states;
    }

    /** Parses the lines of one file ({@code sl local_address rem_address st ...}; addresses in kernel hex). */
    static void parse(List<String> lines, Map<Key, Boolean> into) {
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length < 4) {
                continue;
            }
            try {
                String[] local = cols[1].split(":");
                String[] remote = cols[2].split(":");
                var key = new Key(Integer.parseInt(local[1], 16), address(remote[0]), Integer.parseInt(remote[1], 16));
                into.put(key, CLOSING.contains(Integer.parseInt(cols[3], 16)));
            } catch (RuntimeException | UnknownHostException e) {
                // a line of another shape: not a connection
            }
        }
    }

    /** The kernel prints an address as 32-bit words in host (little-endian) order. */
    static InetAddress address(String hex) throws UnknownHostException {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            byte[] w = new BigInteger(hex.substring(word * 8, word * 8 + 8), 16).toByteArray();
            byte[] four = new byte[4];
            System.arraycopy(w, Math.max(0, w.length - 4), four, Math.max(0, 4 - w.length), Math.min(4, w.length));
            for (int i = 0; i < 4; i++) {
                bytes[word * 4 + i] = four[3 - i];
            }
        }
        return InetAddress.getByAddress(bytes); // an IPv4-mapped IPv6 address comes back as IPv4
    }
}
