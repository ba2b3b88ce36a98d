package io.relink.sandbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many calls of one kind the SANDBOX network received, for tests and load runs. Only ever
 * incremented in SQL ({@code total = total + 1}), so that several nodes count into one row without
 * losing calls.
 */
@Entity(name = "SandboxCounter")
@Table(name = "sandbox_counter")
public class Counter {

    public static final String INTROSPECTIONS = "introspections";
    public static final String REFRESHES = "refreshes";
    public static final String BATCHES = "batches";

    @Id
    @Column(length = 32)
    private String name;

    @Column(nullable = false)
    private long total;

    protected Counter() {}

    public String name() {
        return name;
    }

    public long total() {
        return total;
    }
}
