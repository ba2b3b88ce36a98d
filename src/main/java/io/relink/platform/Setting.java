package io.relink.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named value Relink keeps for itself, such as the keyset canary. */
@Entity
@Table(name = "relink_setting")
public class Setting {

    @Id
    @Column(length = 100)
    private String name;

    @Column(name = "value_bytes")
    private byte[] value;

    protected Setting() {}

    public Setting(String name, byte[] value) {
        this.name = name;
        this.value = value;
    }

    public byte[] value() {
        return value;
    }
}
