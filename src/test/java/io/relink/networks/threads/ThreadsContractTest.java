package io.relink.networks.threads;

import io.relink.networks.NetworkType;
import io.relink.networks.meta.LongLivedTokenContract;

/** The Threads adapter passes the contract, against graph.threads.net-shaped answers. */
class ThreadsContractTest extends LongLivedTokenContract {

    ThreadsContractTest() {
        super(
                NetworkType.THREADS,
                ThreadsNetwork::new,
                "THAA",
                "th",
                "/v1.0/me",
                "25874000000000001");
    }
}
