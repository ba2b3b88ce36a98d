package io.relink.networks.instagram;

import io.relink.networks.NetworkType;
import io.relink.networks.meta.LongLivedTokenContract;

/**
 * Instagram through Instagram Login (the default way in) passes the contract, against
 * graph.instagram.com-shaped answers.
 */
class InstagramContractTest extends LongLivedTokenContract {

    InstagramContractTest() {
        super(
                NetworkType.INSTAGRAM,
                InstagramNetwork::new,
                "IGAA",
                "ig",
                "/me",
                "17841400000000001");
    }
}
