package org.commonground.storage.network;

import java.time.Instant;

/** A recently introduced member and their organisation. */
public record NewMember(String userId, String organisation, Instant introducedAt) {}
