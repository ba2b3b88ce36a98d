package io.relink.checks.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relink.channels.control.ChannelStore;
import io.relink.channels.control.TokenVault;
import io.relink.channels.entity.TokenStatus;
import io.relink.checks.control.CheckRecorder.Due;
import io.relink.checks.control.CheckRecorder.Finding;
import io.relink.checks.control.CheckerConfirmTest.FakeNetwork;
import io.relink.networks.NetworkType;
import io.relink.networks.Networks;
import io.relink.networks.Probe;
import io.relink.networks.Verdict;
import io.relink.platform.Node;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sweep over claimed batches, against a table of tokens kept in memory: every due token is
 * checked in the tick that finds it, and a token this node claimed but does not check is never left
 * held until its lease runs out. Issue 14: tokens claimed and then neither checked nor recorded
 * stayed leased, unchecked, until their lease ended, and the same tokens, the most overdue, were
 * claimed first again.
 *
 * <p>Proves rules checks R4 (a bug is transient), R7 (row leases), R8 (recorded through the ledger,
 * a batch per transaction).
 */
class CheckerSweepTest {

    static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(5);
    static final int BATCH = 3;

    final MovingClock clock = new MovingClock();
    final Table table = new Table();
    final Recorder recorder = new Recorder();
    final Set<UUID> unopenable = new HashSet<>();
    final SlowNetwork network = new SlowNetwork();
    final Checker checker = new Checker();

    @BeforeEach
    void wire() {
        network.second = new Verdict.Valid(null, null, Set.of());
        checker.clock = clock;
        checker.leases = table;
        checker.recorder = recorder;
        checker.lanes =
                new CheckLanes() {
                    @Override
                    public <T> List<Future<List<T>>> run(
                            NetworkType type, List<Callable<List<T>>> calls) {
                        return List.of(
                                CompletableFuture.completedFuture(drain(new ArrayDeque<>(calls))));
                    }
                };
        checker.networks =
                new Networks() {
                    @Override
                    public io.relink.networks.Network of(NetworkType type) {
                        return network;
                    }
                };
        checker.vault =
                new TokenVault() {
                    @Override
                    public String openAccess(UUID tokenId, byte[] sealed) {
                        if (unopenable.contains(tokenId)) {
                            throw new IllegalStateException("no key for this ciphertext");
                        }
                        return "access-" + tokenId;
                    }
                };
        checker.settings =
                new CheckSettings() {
                    @Override
                    public CheckRules rules(NetworkType type) {
                        return new CheckRules(CheckSchedule.defaults(), Duration.ofMinutes(10));
                    }

                    @Override
                    public Duration interval() {
                        return Duration.ofMinutes(5);
                    }

                    @Override
                    public int batchSize() {
                        return BATCH;
                    }
                };
        checker.channels =
                new ChannelStore() {
                    @Override
                    public List<UUID> staleStates(Instant now, int max) {
                        return List.of();
                    }
                };
        checker.node =
                new Node() {
                    @Override
                    public String name() {
                        return "node-1";
                    }
                };
    }

    @Test
    void every_due_token_is_checked_once_in_the_tick_that_finds_it_however_many_batches() {
        List<UUID> tokens = table.due(7);

        Tally tally = checker.sweep();

        assertThat(tally.checked()).isEqualTo(7);
        assertThat(tally.wasCutShort()).isFalse();
        tokens.forEach(t -> assertThat(recorder.recorded.get(t)).as("checks of " + t).isOne());
        assertThat(table.leased()).isEmpty();
        assertThat(recorder.batches).as("one transaction per batch").containsExactly(3, 3, 1);
    }

    @Test
    void a_token_whose_secret_cannot_be_opened_holds_up_neither_its_batch_nor_the_sweep() {
        List<UUID> tokens = table.due(5);
        unopenable.add(tokens.get(1));

        Tally tally = checker.sweep();

        assertThat(tally.checked()).isEqualTo(5);
        assertThat(tally.troubled()).as("the unopened one is only delayed").isOne();
        assertThat(network.inspected).hasSize(4);
        assertThat(table.leased()).isEmpty();
        tokens.forEach(t -> assertThat(recorder.recorded.get(t)).isOne());
    }

    @Test
    void a_sweep_that_fails_half_way_through_a_batch_gives_back_what_it_claimed() {
        List<UUID> tokens = table.due(5);
        recorder.loadFails = true;

        assertThatThrownBy(checker::sweep).hasMessageContaining("connection");

        assertThat(table.leased())
                .as("not held for the five minutes of their lease: due again at once")
                .isEmpty();
        tokens.forEach(t -> assertThat(table.isDue(t)).isTrue());
    }

    @Test
    void a_result_that_cannot_be_written_waits_for_its_lease_to_run_out_and_holds_no_other() {
        List<UUID> tokens = table.due(3);
        recorder.batchFails = true;
        recorder.unwritable.add(tokens.get(2));

        Tally tally = checker.sweep();

        assertThat(tally.checked()).as("the others, one transaction each").isEqualTo(2);
        assertThat(tally.notRecorded()).isOne();
        assertThat(table.leased())
                .as("its lease is the pause before it is tried again, not a loop")
                .containsExactly(tokens.get(2));
        assertThat(network.inspected).hasSize(3);
    }

    @Test
    void a_call_that_could_outlast_the_lease_is_not_started_and_its_tokens_are_taken_again() {
        List<UUID> tokens = table.due(3);
        // The first call takes four of the lease's five minutes: starting the next two could
        // outlast the lease, and another node taking them over would check them twice.
        network.slowFirst = Duration.ofMinutes(4);

        Tally tally = checker.sweep();

        assertThat(table.released).containsExactlyInAnyOrder(tokens.get(1), tokens.get(2));
        assertThat(tally.checked()).as("taken again at once, in the same tick").isEqualTo(3);
        tokens.forEach(t -> assertThat(recorder.recorded.get(t)).as("checks of " + t).isOne());
        assertThat(table.leased()).isEmpty();
    }

    @Test
    void a_token_whose_lease_ran_out_while_it_was_checked_is_not_checked_twice_by_its_own_node() {
        List<UUID> tokens = table.due(4);
        // The batch's last call starts in time but ends after the lease: the next claim of the same
        // node takes the three tokens again while their results are not recorded yet.
        network.slowCall = 3;
        network.slowFirst = Duration.ofMinutes(6);

        checker.sweep();

        tokens.forEach(t -> assertThat(recorder.recorded.get(t)).as("checks of " + t).isOne());
        assertThat(network.inspected).hasSize(4);
        assertThat(table.leased()).isEmpty();
    }

    @Test
    void a_round_that_runs_out_of_time_says_so_and_holds_no_lease() {
        table.due(5);
        network.slowFirst = Duration.ofMinutes(11); // past the round's two intervals

        Tally tally = checker.sweep();

        assertThat(tally.wasCutShort())
                .as("the sweep goes on at once, not at the next tick")
                .isTrue();
        assertThat(tally.checked()).isOne();
        assertThat(table.leased()).isEmpty();
        assertThat(table.dueCount()).isEqualTo(4);
    }

    @Test
    void a_lease_gives_calls_two_thirds_of_its_time() {
        Claim claim = new Claim(List.of(UUID.randomUUID()), NOW, NOW.plus(Duration.ofMinutes(3)));

        assertThat(claim.callable(NOW)).isTrue();
        assertThat(claim.callable(NOW.plus(Duration.ofSeconds(119)))).isTrue();
        assertThat(claim.callable(NOW.plus(Duration.ofMinutes(2)))).isFalse();
        assertThat(claim.callable(NOW.plus(Duration.ofMinutes(4)))).isFalse();
    }

    @Test
    void the_sweep_leaves_one_place_of_each_bulkhead_to_people() {
        assertThat(CheckLanes.lanesFor(8)).isEqualTo(7);
        assertThat(CheckLanes.lanesFor(2)).isEqualTo(1);
        assertThat(CheckLanes.lanesFor(1)).isEqualTo(1);
        assertThat(CheckLanes.lanesFor(0)).isEqualTo(1);
    }

    // ---- fakes ---------------------------------------------------------------------------------

    /** A clock the fake network moves on, as slow calls do. */
    final class MovingClock extends Clock {

        Instant now = NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /**
     * The token rows' due times and leases, and the claims made on them (Leases' SQL, in memory).
     */
    final class Table extends Leases {

        final Map<UUID, Row> rows = new LinkedHashMap<>();
        final List<UUID> released = new ArrayList<>();

        List<UUID> due(int count) {
            List<UUID> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                rows.put(id, new Row());
                made.add(id);
            }
            return made;
        }

        @Override
        public Claim claimDue(int limit, Instant dueBy) {
            Instant now = CheckerSweepTest.this.clock.instant();
            List<UUID> claimed = new ArrayList<>();
            for (var row : rows.entrySet()) {
                Row r = row.getValue();
                boolean free = r.leaseUntil == null || r.leaseUntil.isBefore(now);
                if (claimed.size() < limit && r.due && free) {
                    r.owner = "node-1";
                    r.leaseUntil = now.plus(LEASE);
                    claimed.add(row.getKey());
                }
            }
            return new Claim(claimed, now, now.plus(LEASE));
        }

        @Override
        public void release(Claim claim, Collection<UUID> tokens) {
            for (UUID id : tokens) {
                Row r = rows.get(id);
                if ("node-1".equals(r.owner) && claim.until().equals(r.leaseUntil)) {
                    r.owner = null;
                    r.leaseUntil = null;
                    released.add(id);
                }
            }
        }

        List<UUID> leased() {
            return rows.entrySet().stream()
                    .filter(e -> e.getValue().owner != null)
                    .map(Map.Entry::getKey)
                    .toList();
        }

        boolean isDue(UUID id) {
            return rows.get(id).due;
        }

        long dueCount() {
            return rows.values().stream().filter(r -> r.due).count();
        }

        /** Writes a check's result as the ledger does: next check later, lease freed. */
        boolean write(UUID id, String owner) {
            Row r = rows.get(id);
            if (!owner.equals(r.owner)) {
                return false;
            }
            r.due = false;
            r.owner = null;
            r.leaseUntil = null;
            return true;
        }
    }

    static final class Row {
        boolean due = true;
        String owner;
        Instant leaseUntil;
    }

    /** Writes results into the table; a batch, or a token, may be told to fail. */
    final class Recorder extends CheckRecorder {

        final Map<UUID, Integer> recorded = new LinkedHashMap<>();
        final List<Integer> batches = new ArrayList<>();
        final Set<UUID> unwritable = new HashSet<>();
        boolean batchFails;
        boolean loadFails;

        @Override
        public List<Due> load(List<UUID> ids, String owner) {
            if (loadFails) {
                throw new IllegalStateException("the database connection broke");
            }
            return ids.stream()
                    .map(
                            id ->
                                    new Due(
                                            id,
                                            UUID.randomUUID(),
                                            NetworkType.X,
                                            "page-" + id,
                                            CheckRulesTest.token(
                                                    TokenStatus.VALID,
                                                    NOW.plus(Duration.ofDays(50)),
                                                    false,
                                                    null,
                                                    null,
                                                    0),
                                            new byte[] {1},
                                            null))
                    .toList();
        }

        @Override
        public Set<UUID> recordAll(List<Finding> findings, String owner) {
            if (batchFails) {
                throw new IllegalStateException("the batch's transaction rolled back");
            }
            batches.add(findings.size());
            Set<UUID> written = new HashSet<>();
            for (Finding finding : findings) {
                if (write(finding.token().id(), owner)) {
                    written.add(finding.token().id());
                }
            }
            return written;
        }

        @Override
        public boolean record(UUID tokenId, NetworkType type, String owner, Verdict verdict) {
            if (unwritable.contains(tokenId)) {
                throw new IllegalStateException("could not write");
            }
            return write(tokenId, owner);
        }

        private boolean write(UUID id, String owner) {
            boolean written = table.write(id, owner);
            if (written) {
                recorded.merge(id, 1, Integer::sum);
            }
            return written;
        }
    }

    /**
     * A network without a batch call whose first call may be slow: the clock moves on meanwhile.
     */
    final class SlowNetwork extends FakeNetwork {

        Duration slowFirst;
        int slowCall = 1;
        int calls;

        @Override
        public Verdict inspect(Probe probe) {
            if (slowFirst != null && ++calls == slowCall) {
                clock.now = clock.now.plus(slowFirst);
                slowFirst = null;
            }
            return super.inspect(probe);
        }
    }
}
