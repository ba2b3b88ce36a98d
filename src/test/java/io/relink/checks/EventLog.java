package io.relink.checks;

import io.relink.channels.entity.ChannelStateChanged;
import io.relink.channels.entity.TokenExpiring;
import io.relink.channels.entity.TokenStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only observer: remembers every committed change event, as a notifier would hear it. */
@ApplicationScoped
public class EventLog {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChannelStateChanged event) {
        events.add(event);
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) TokenStatusChanged event) {
        events.add(event);
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) TokenExpiring event) {
        events.add(event);
    }

    public List<ChannelStateChanged> channel(UUID channelId) {
        return events.stream()
                .filter(ChannelStateChanged.class::isInstance)
                .map(ChannelStateChanged.class::cast)
                .filter(e -> e.channelId().equals(channelId))
                .toList();
    }

    public List<TokenStatusChanged> token(UUID tokenId) {
        return events.stream()
                .filter(TokenStatusChanged.class::isInstance)
                .map(TokenStatusChanged.class::cast)
                .filter(e -> e.tokenId().equals(tokenId))
                .toList();
    }

    public List<TokenExpiring> expiring(UUID tokenId) {
        return events.stream()
                .filter(TokenExpiring.class::isInstance)
                .map(TokenExpiring.class::cast)
                .filter(e -> e.tokenId().equals(tokenId))
                .toList();
    }
}
