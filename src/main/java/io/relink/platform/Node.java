package io.relink.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name of this Relink node among several on one database: it owns the row leases it takes, so
 * give each node a fixed, distinct {@code relink.node.name} in a cluster. Without one, the host
 * name and process id serve.
 */
@ApplicationScoped
public class Node {

    @Inject
    @ConfigProperty(name = "relink.node.name")
    Optional<String> configured;

    private String name;

    @PostConstruct
    void init() {
        name = configured.filter(n -> !n.isBlank()).map(String::strip).orElseGet(Node::hostAndPid);
        if (name.length() > 100) {
            name = name.substring(0, 100);
        }
    }

    public String name() {
        return name;
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            host = "relink";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
