package org.commonground.storage.organisations;

import java.time.Instant;

/**
 * An organisation members work for. One added by a member stays unreviewed until an admin looks at
 * it.
 */
public record Organisation(
    long id, String name, Sector sector, boolean reviewed, String createdBy, Instant createdAt) {}
