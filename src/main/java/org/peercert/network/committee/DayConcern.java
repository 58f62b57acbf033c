package org.peercert.network.committee;

/** Something the network should know about the day a meeting was moved to, told by message key. */
public record DayConcern(String messageKey, Object... arguments) {
}
