package io.relink.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class SignalsTest {

    @Test
    void a_lost_listening_connection_is_opened_again_after_a_pause_that_doubles_up_to_30_s() {
        assertThat(Signals.pause(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Signals.pause(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Signals.pause(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Signals.pause(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(Signals.pause(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Signals.pause(1_000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void on_h2_a_signal_reaches_this_nodes_listeners_of_its_topic_only_and_no_thread_listens() {
        Signals signals = new Signals();
        signals.database = database("H2");
        signals.threads = null; // no listening thread on H2: it would fail if one were started
        List<String> heard = new ArrayList<>();
        List<String> other = new ArrayList<>();
        signals.listen("relink_one", heard::add);
        signals.listen("relink_two", other::add);

        signals.send("relink_one", "a");
        signals.send("relink_one", "b");

        assertThat(signals.crossesNodes()).isFalse();
        assertThat(heard).containsExactly("a", "b");
        assertThat(other).isEmpty();
        assertThat(signals.listeningConnections()).isZero();
        signals.stop();
    }

    @Test
    void a_topic_is_a_plain_identifier_since_it_is_written_into_listen() {
        Signals signals = new Signals();
        signals.database = database("H2");
        assertThatThrownBy(() -> signals.send("x; drop table channel", "a"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signals.listen("Upper", text -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A datasource whose connections only say which database they are. */
    private static DataSource database(String product) {
        DatabaseMetaData metaData =
                proxy(
                        DatabaseMetaData.class,
                        method -> method.equals("getDatabaseProductName") ? product : null);
        Connection connection =
                proxy(Connection.class, method -> method.equals("getMetaData") ? metaData : null);
        return proxy(
                DataSource.class, method -> method.equals("getConnection") ? connection : null);
    }

    private static <T> T proxy(Class<T> type, java.util.function.Function<String, Object> answer) {
        return type.cast(
                Proxy.newProxyInstance(
                        SignalsTest.class.getClassLoader(),
                        new Class<?>[] {type},
                        (self, method, args) -> answer.apply(method.getName())));
    }
}
