/**
 * Networks: the social networks Relink holds tokens for.
 *
 * <p>Today this component names them ({@link io.relink.networks.NetworkType}); the adapters that
 * speak to each network plug in here behind one interface, picked by network type.
 */
package io.relink.networks;
