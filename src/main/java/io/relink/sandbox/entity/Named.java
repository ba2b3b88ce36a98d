package io.relink.sandbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What the SANDBOX network knows by an id it was given and shows by a name: an {@link Account} or a
 * {@link Page}. Both are created by an upsert and renamed by the next one; the id never changes.
 */
@MappedSuperclass
public abstract class Named {

    @Id
    @Column(length = 100)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    protected Named() {}

    protected Named(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }
}
