package io.relink.networks;

/** What a refresh ended in: a new grant, or a definitive refusal. Trouble is thrown instead. */
public sealed interface Renewal {

    record Renewed(Grant grant) implements Renewal {}

    record Refused(Verdict.Dead verdict) implements Renewal {}
}
