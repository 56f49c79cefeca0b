package org.commonground.storage.network;

import java.time.Instant;

/** A recently introduced member and their organisation. */
public record NewMember(String slackUserId, String organisation, Instant introducedAt) {}
