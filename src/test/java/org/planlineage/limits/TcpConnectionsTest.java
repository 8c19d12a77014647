package org.planlineage.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading Linux's connection tables, on lines copied from {@code /proc/net/tcp} and {@code tcp6}. */
class TcpConnectionsTest {

    @Test
    void anEstablishedAndAClosingIpv4ConnectionAreTold() throws Exception {
        var states = new HashMap<TcpConnections.Key, Boolean>();
        TcpConnections.parse(
                List.of(
                        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid",
                        "   0: 0100007F:1F90 0100007F:A2C4 01 00000000:00000000 00:00000000 00000000     0",
                        "   1: 0100007F:1F90 0100007F:A2C6 08 00000000:00000000 00:00000000 00000000     0",
                        "   2: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0"),
                states);
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        assertThat(states.get(new TcpConnections.Key(8080, loopback, 0xA2C4))).isFalse();
        assertThat(states.get(new TcpConnections.Key(8080, loopback, 0xA2C6))).isTrue();
    }

    @Test
    void anIpv4ClientOfADualStackSocketIsFoundByItsIpv4Address() throws Exception {
        var states = new HashMap<TcpConnections.Key, Boolean>();
        TcpConnections.parse(
                List.of(
                        "  sl  local_address                         remote_address                        st",
                        "   0: 0000000000000000FFFF00000100007F:1F90 0000000000000000FFFF00000100007F:C350 08 0"),
                states);
        assertThat(states).containsEntry(new TcpConnections.Key(8080, InetAddress.getByName("127.0.0.1"), 50000), true);
    }

    @Test
    void anIpv6AddressIsReadWordByWord() throws Exception {
        assertThat(TcpConnections.address("00000000000000000000000001000000")).isEqualTo(InetAddress.getByName("::1"));
    }
}
