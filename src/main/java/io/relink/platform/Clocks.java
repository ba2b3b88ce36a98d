package io.relink.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock Relink reads the time from; tests of pure classes pass their own instant. */
@ApplicationScoped
public class Clocks {

    /** Dependent scope: a client proxy of a java.time class cannot be generated. */
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
