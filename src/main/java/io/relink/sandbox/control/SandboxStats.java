package io.relink.sandbox.control;

import io.relink.sandbox.entity.Counter;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Counts the calls the SANDBOX network received (introspections, refreshes, batches), so that tests
 * and load runs can see how Relink spends its calls. Each count is its own short transaction and
 * one SQL increment, so several nodes add up without losing calls.
 */
@Stateless
public class SandboxStats {

    @PersistenceContext EntityManager em;

    public void count(String counter) {
        em.createQuery("update SandboxCounter c set c.total = c.total + 1 where c.name = :name")
                .setParameter("name", counter)
                .executeUpdate();
    }

    /** {@code {"introspections":…, "refreshes":…, "batches":…}}. */
    public JsonObject read() {
        JsonObjectBuilder stats = Json.createObjectBuilder();
        for (String name :
                new String[] {Counter.INTROSPECTIONS, Counter.REFRESHES, Counter.BATCHES}) {
            Counter counter = em.find(Counter.class, name);
            stats.add(name, counter == null ? 0 : counter.total());
        }
        return stats.build();
    }
}
