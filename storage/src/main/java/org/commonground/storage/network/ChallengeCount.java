package org.commonground.storage.network;

/** A challenge, how many active members hold it, and from how many organisations. */
public record ChallengeCount(String name, int holders, int organisations) {}
