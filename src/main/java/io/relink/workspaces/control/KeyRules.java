package io.relink.workspaces.control;

import io.relink.workspaces.entity.Role;
import io.relink.workspaces.entity.Scope;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Which scopes a caller may give a new API key (a pure decision). Only callers with {@code admin}
 * make keys at all. An owner gives any scope, {@code credentials:read} included: that scope exists
 * so that an integration can read credentials, no person's role carries it, and the owner is the
 * one who decides which integration gets it. A key gives only scopes it holds itself, so that no
 * key can make a stronger one.
 */
public final class KeyRules {

    private KeyRules() {}

    /**
     * The requested scopes the caller may not give, sorted; empty when it may give them all.
     *
     * @param role the person's role in the workspace; null for an API key
     * @param holds whether the caller holds a scope
     */
    public static Set<String> refused(Role role, Predicate<String> holds, Set<String> requested) {
        Set<String> refused = new TreeSet<>();
        for (String scope : requested) {
            boolean allowed = role == Role.OWNER ? Scope.ALL.contains(scope) : holds.test(scope);
            if (!allowed) {
                refused.add(scope);
            }
        }
        return refused;
    }
}
